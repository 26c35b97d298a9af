import { describe, expect, it } from "vitest";
import { linkPages } from "@/lib/api/http/link-pages";

const URL_READ = new URL("http://x.test/api/v1/claims?limit=2&q=kyiv&cursor=old");

describe("linkPages", () => {
  it("links the next page keeping the other query parameters", () => {
    const headers = new Headers();
    expect(linkPages(URL_READ, headers, { nextCursor: "new", previousCursor: null })).toEqual({
      next: "/api/v1/claims?limit=2&q=kyiv&cursor=new",
    });
    expect(headers.get("Link")).toBe('</api/v1/claims?limit=2&q=kyiv&cursor=new>; rel="next"');
  });

  it("links the page before and the page after in one header, prev first", () => {
    const headers = new Headers();
    expect(linkPages(URL_READ, headers, { nextCursor: "after", previousCursor: "before" })).toEqual({
      prev: "/api/v1/claims?limit=2&q=kyiv&cursor=before",
      next: "/api/v1/claims?limit=2&q=kyiv&cursor=after",
    });
    expect(headers.get("Link")).toBe(
      '</api/v1/claims?limit=2&q=kyiv&cursor=before>; rel="prev", </api/v1/claims?limit=2&q=kyiv&cursor=after>; rel="next"',
    );
  });

  it("links only back from the last page, and sets nothing for a single page or a forward-only list", () => {
    const last = new Headers();
    linkPages(URL_READ, last, { nextCursor: null, previousCursor: "before" });
    expect(last.get("Link")).toBe('</api/v1/claims?limit=2&q=kyiv&cursor=before>; rel="prev"');
    const single = new Headers();
    expect(linkPages(URL_READ, single, { nextCursor: null, previousCursor: null })).toEqual({});
    expect(single.has("Link")).toBe(false);
    const forward = new Headers();
    linkPages(URL_READ, forward, { nextCursor: "after" });
    expect(forward.get("Link")).toBe('</api/v1/claims?limit=2&q=kyiv&cursor=after>; rel="next"');
  });
});
