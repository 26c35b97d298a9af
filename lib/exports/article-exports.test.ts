/**
 * The exports on whole articles (the project's test articles, test/articles):
 * every sentence annotated and round-tripped through W3C Web Annotation JSON,
 * and claims from one set in a PDF whose text extracts intact (curly quotes,
 * em dashes, accented names).
 */
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/claims/split-sentences";
import { streamPdfReport } from "./pdf";
import { extractPdfText } from "./pdf-text";
import {
  collect,
  collectBytes,
  fromArray,
  makeExportAnnotation,
  makeReportEntry,
  makeReportMeta,
} from "@/test/support/export-entries";
import { parseWebAnnotations, streamWebAnnotationCollection } from "./web-annotation";
import { readTestArticle, testArticles } from "@/test/articles/test-articles";

const article = readTestArticle("depot-blast-northwire");
const collection = {
  id: "https://factdesk.example/w/demo/exports/articles.jsonld",
  label: "Test article",
  generatedAt: new Date("2026-11-20T10:00:00Z"),
};

describe.each([
  ...testArticles().map(({ name, text }): [string, string] => [name, text]),
  // a flag emoji up front shifts every code-point offset by 2 against UTF-16
  ["with an emoji headline", `🇺🇦 Marenburg\n${article}`],
])("the article %s", (_name, text) => {
  it("round-trips one annotation per sentence through Web Annotation JSON", async () => {
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(3);
    const annotations = sentences.map((s, i) =>
      makeExportAnnotation(text, s.start, s.end, { kind: i % 2 ? "CLAIM" : "NOTE" }),
    );

    const json = await collect(streamWebAnnotationCollection(collection, fromArray(annotations)));
    const parsed = parseWebAnnotations(JSON.parse(json));

    expect(parsed).toHaveLength(sentences.length);
    const codePoints = [...text];
    parsed.forEach((p, i) => {
      expect(p.exact).toBe(sentences[i]!.text);
      expect(text.slice(p.utf16Start, p.utf16End)).toBe(p.exact);
      expect(codePoints.slice(p.start, p.end).join("")).toBe(p.exact);
      const a = annotations[i]!;
      expect([p.prefix, p.suffix, p.kind, p.replies.length]).toEqual([a.prefix, a.suffix, a.kind, 1]);
    });
  });
});

describe("a PDF report on a whole article", () => {
  it("keeps the article's sentences, rating and correction extractable", async () => {
    const sentences = splitSentences(article).map((s) => s.text);
    const quoted = sentences.find((s) => s.includes("“") && s.length < 200)!;
    const entries = sentences.slice(0, 6).map((statement) =>
      makeReportEntry({
        claim: { statement },
        appearances: [{ ...makeReportEntry().appearances[0]!, quote: quoted }],
      }),
    );
    const meta = makeReportMeta({
      corrections: [
        { date: new Date("2026-11-21T00:00:00Z"), note: "Casualty figure corrected — 12 dead, not 14.", claimId: null },
      ],
    });

    const text = (await extractPdfText(await collectBytes(streamPdfReport(meta, fromArray(entries))))).replace(
      /\s+/g,
      " ",
    );

    for (const entry of entries) expect(text).toContain(entry.claim.statement.replace(/\s+/g, " "));
    expect(text).toContain(quoted.replace(/\s+/g, " "));
    expect(text).toContain("Rating: Mostly false");
    expect(text).toContain("Casualty figure corrected — 12 dead, not 14.");
  });
});
