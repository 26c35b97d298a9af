import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import {
  claimIdOfFactCheckSegment,
  factCheckPath,
  factCheckUrl,
  publicAddressProblem,
  publicOrigin,
} from "./public-address";

const ID = "cabc123def456ghi789jkl0";
const env = (vars: Record<string, string>) => parseEnv({ DATABASE_URL: "postgresql://x@127.0.0.1/db", ...vars });

describe("fact-check addresses", () => {
  it("reads words then the claim id; other scripts are percent-encoded; the id alone identifies", () => {
    expect(factCheckPath("desk", { id: ID, statement: "At least 12 dead in Kyiv!" })).toBe(
      `/fact-checks/desk/at-least-12-dead-in-kyiv-${ID}`,
    );
    expect(factCheckPath("desk", { id: ID, statement: "Long statement", shortStatement: "Short one" })).toBe(
      `/fact-checks/desk/short-one-${ID}`,
    );
    const cyrillic = factCheckPath("desk", { id: ID, statement: "Загинули 12 людей" });
    expect(cyrillic).toMatch(/^\/fact-checks\/desk\/[A-Za-z0-9%-]+$/);
    expect(decodeURIComponent(cyrillic)).toBe(`/fact-checks/desk/загинули-12-людеи-${ID}`);
    expect(factCheckPath("desk", { id: ID, statement: "!!!" })).toBe(`/fact-checks/desk/${ID}`);
    expect(claimIdOfFactCheckSegment(`anything-at-all-${ID}`)).toBe(ID);
    expect(claimIdOfFactCheckSegment("no-id-here")).toBeNull();
  });

  it("public addresses use PUBLIC_BASE_URL, else NEXTAUTH_URL; publishing waits for a non-local one outside the demo", () => {
    expect(
      publicOrigin(
        env({ PUBLIC_BASE_URL: "https://checks.example.org/some/path", NEXTAUTH_URL: "https://app.example.org" }),
      ),
    ).toBe("https://checks.example.org");
    expect(publicOrigin(env({ NEXTAUTH_URL: "https://app.example.org" }))).toBe("https://app.example.org");
    expect(
      factCheckUrl("desk", { id: ID, statement: "x y" }, env({ PUBLIC_BASE_URL: "https://checks.example.org" })),
    ).toBe(`https://checks.example.org/fact-checks/desk/x-y-${ID}`);
    expect(publicAddressProblem(env({}))).toMatch(/PUBLIC_BASE_URL/);
    expect(publicAddressProblem(env({ PUBLIC_BASE_URL: "http://127.0.0.1:3000" }))).toMatch(/PUBLIC_BASE_URL/);
    expect(publicAddressProblem(env({ PUBLIC_BASE_URL: "http://localhost:3000", FACTDESK_DEMO: "1" }))).toBeNull();
    expect(publicAddressProblem(env({ PUBLIC_BASE_URL: "https://checks.example.org" }))).toBeNull();
  });
});
