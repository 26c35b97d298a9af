import { describe, expect, it } from "vitest";
import {
  csvRecordCounter,
  jsonObjectCounter,
  markdownClaimCounter,
  type ItemCounter,
} from "@/lib/reports/content/count-export-items";

/** Feeds `text` in chunks of every size from 1 to 7 characters and checks the count is the same. */
function countInChunks(make: () => ItemCounter, text: string): number[] {
  return [1, 2, 3, 5, 7, text.length].map((size) => {
    const counter = make();
    let count = 0;
    for (let i = 0; i < text.length; i += size) count = counter.push(text.slice(i, i + size));
    return count;
  });
}

describe("download progress counters", () => {
  it("JSON: counts the top-level array's objects, not nested ones or braces inside strings", () => {
    const json = JSON.stringify([{ a: { b: 1 }, s: '}{ \\" }' }, { c: [{ d: 2 }] }, { e: "x" }], null, 2);
    expect(countInChunks(() => jsonObjectCounter(1), json)).toEqual(Array(6).fill(3));
  });

  it("JSON: counts the items of an AnnotationCollection's first page, not its @context or the page itself", () => {
    const json = JSON.stringify({
      "@context": ["x", { f: "y" }],
      first: { items: [{ target: { selector: [{}, {}] } }, { body: [{}] }] },
      total: 2,
    });
    expect(countInChunks(() => jsonObjectCounter(3), json)).toEqual(Array(6).fill(2));
  });

  it("CSV: counts records after the header; line breaks and quotes inside quoted cells do not count", () => {
    const csv = 'id,summary\r\n1,"two\r\nlines, ""quoted"""\r\n2,plain\r\n';
    expect(countInChunks(csvRecordCounter, csv)).toEqual(Array(6).fill(2));
  });

  it("Markdown: counts the claim headings", () => {
    const md = "# Report\n\n## Claims\n\n### One\n\ntext ### not a heading\n\n### Two\n";
    expect(countInChunks(markdownClaimCounter, md)).toEqual(Array(6).fill(2));
  });
});
