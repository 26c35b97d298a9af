import { describe, expect, it } from "vitest";
import { bodyEntityTag, clientCopyIsFresh, conditionalResponse } from "@/lib/feeds/conditional-get";

const changed = new Date("2026-11-05T12:30:45.678Z");
const request = (headers: Record<string, string> = {}) => new Request("https://checks.example.test/feed", { headers });
const document = {
  body: "<feed/>",
  contentType: "application/atom+xml",
  lastModified: changed,
  vary: "Accept-Language",
};

describe("conditional GET of public documents", () => {
  it("answers 200 with ETag, Last-Modified and five minutes of public caching", async () => {
    const response = conditionalResponse(request(), document);
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe(bodyEntityTag("<feed/>"));
    expect(response.headers.get("last-modified")).toBe("Thu, 05 Nov 2026 12:30:45 GMT");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers.get("vary")).toBe("Accept-Language");
    expect(await response.text()).toBe("<feed/>");
  });

  it("answers 304 without a body to a current If-None-Match (weak or in a list) or *", async () => {
    const etag = bodyEntityTag("<feed/>");
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const response = conditionalResponse(request({ "if-none-match": header }), document);
      expect(response.status, header).toBe(304);
      expect(response.headers.get("etag")).toBe(etag);
      expect(await response.text()).toBe("");
    }
    expect(conditionalResponse(request({ "if-none-match": '"stale"' }), document).status).toBe(200);
  });

  it("uses If-Modified-Since only without If-None-Match, in whole seconds", () => {
    const headers = (value: string) => new Headers({ "if-modified-since": value });
    expect(clientCopyIsFresh(headers("Thu, 05 Nov 2026 12:30:45 GMT"), '"x"', changed)).toBe(true);
    expect(clientCopyIsFresh(headers("Thu, 05 Nov 2026 12:30:44 GMT"), '"x"', changed)).toBe(false);
    expect(clientCopyIsFresh(headers("not a date"), '"x"', changed)).toBe(false);
    // a stale tag wins over a date that would say "fresh"
    expect(
      clientCopyIsFresh(
        new Headers({ "if-none-match": '"stale"', "if-modified-since": "Fri, 06 Nov 2026 00:00:00 GMT" }),
        '"x"',
        changed,
      ),
    ).toBe(false);
  });

  it("tags differ when a byte differs", () => {
    expect(bodyEntityTag("<feed/>")).not.toBe(bodyEntityTag("<feed />"));
    expect(bodyEntityTag("<feed/>")).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });
});
