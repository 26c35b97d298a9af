import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

const ORIGIN = "https://factdesk.example";
const follow = (value: unknown) => safeCallbackPath(value, ORIGIN);

describe("safeCallbackPath", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(follow("/w/desk/claims?status=OPEN#c1")).toBe("/w/desk/claims?status=OPEN#c1");
    expect(follow("w/desk")).toBe("/w/desk");
    expect(follow(`${ORIGIN}/w/desk?x=1`)).toBe("/w/desk?x=1");
    // a same-scheme "relative" URL is a path on this site, as in a browser
    expect(follow("https:evil.example")).toBe("/evil.example");
  });

  it("falls back to / for anything that leaves the site", () => {
    const offSite = [
      "//evil.example",
      "///evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "https://evil.example/w",
      "http://factdesk.example/w", // another scheme is another origin
      "https://factdesk.example.evil.example/",
      "https://factdesk.example@evil.example/",
      "/\t/evil.example", // what /%09/evil.example decodes to
      "/\r/evil.example",
      "/\n/evil.example",
      "\t//evil.example",
      "/\\\t\\evil.example",
      " //evil.example",
      "/.//evil.example",
      "/..//evil.example",
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\nscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
    ];
    for (const value of offSite) expect(follow(value), JSON.stringify(value)).toBe("/");
  });

  it("keeps percent-encoded characters encoded in the path, where they are harmless", () => {
    expect(follow("/%09/evil.example")).toBe("/%09/evil.example");
    expect(follow("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
    expect(follow("/%5Cevil.example")).toBe("/%5Cevil.example");
  });

  it("drops newlines instead of putting them in a Location header (the 500 of %0a)", () => {
    expect(follow("/w/desk\n")).toBe("/w/desk");
    expect(follow("/w/\r\ndesk")).toBe("/w/desk");
    expect(follow("\n")).toBe("/");
  });

  it("answers / for empty, non-string and array values", () => {
    for (const value of ["", undefined, null, 42, ["/w/a", "/w/b"], {}]) expect(follow(value)).toBe("/");
  });
});
