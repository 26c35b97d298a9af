/**
 * Containers keep the "/" their IRIs end in; every other address ending in
 * "/" is still redirected to the one without it, as Next did before
 * next.config.js turned its own redirect off (skipTrailingSlashRedirect).
 */
import { describe, expect, it } from "vitest";
// proxy.ts takes Next's request types; the unit project runs tests under lib/ only, so this test of the container's address lives here
// eslint-disable-next-line no-restricted-imports
import { NextRequest, type NextFetchEvent } from "next/server";
// eslint-disable-next-line no-restricted-imports
import type { NextRequestWithAuth } from "next-auth/middleware";
import { proxy } from "@/proxy";

const run = (path: string, method = "GET") =>
  proxy(
    new NextRequest(new URL(path, "http://factdesk.test"), { method }) as NextRequestWithAuth,
    {} as NextFetchEvent,
  );

describe("trailing slashes (proxy.ts)", () => {
  it("serves an annotation container at its IRI ending in / (rewritten to its route, not redirected)", async () => {
    const response = await run("/api/v1/articles/cabc123/container/?page=1", "POST");
    expect(response.status).toBe(200);
    expect(response.headers.get("location")).toBeNull();
    expect(new URL(response.headers.get("x-middleware-rewrite")!).pathname).toBe("/api/v1/articles/cabc123/container");
    expect(new URL(response.headers.get("x-middleware-rewrite")!).search).toBe("?page=1");
  });

  it.each(["/api/v1/articles/", "/signin/", "/api/v1/articles/cabc123/container/cann456/", "/fact-checks/desk/"])(
    "redirects %s to the address without the slash (308, query kept)",
    async (path) => {
      const response = await run(`${path}?x=1`);
      expect(response.status).toBe(308);
      expect(response.headers.get("location")).toBe(`http://factdesk.test${path.slice(0, -1)}?x=1`);
    },
  );

  it("leaves the root and addresses without a trailing slash alone", async () => {
    for (const path of ["/", "/api/v1/articles", "/api/v1/articles/cabc123/container"]) {
      const response = await run(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("x-middleware-rewrite"), path).toBeNull();
      expect(response.headers.get("x-middleware-next"), path).toBe("1");
    }
  });
});
