import { describe, expect, it } from "vitest";
import { linkNextPage } from "@/lib/api/link-next-page";

describe("linkNextPage", () => {
  it("links the next page keeping the other query parameters", () => {
    const headers = new Headers();
    linkNextPage(new URL("http://x.test/api/v1/claims?limit=2&cursor=old"), headers, "new");
    expect(headers.get("Link")).toBe('</api/v1/claims?limit=2&cursor=new>; rel="next"');
  });
});
