/**
 * The exports on a real news article from the shared corpus (read at test
 * time, never copied into the repo): every sentence annotated and round-tripped
 * through W3C Web Annotation JSON, and claims from it set in a PDF whose text
 * extracts intact (curly quotes, em dashes, ø).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/claims/split-sentences";
import { streamPdfReport } from "./pdf";
import { extractPdfText } from "./pdf-text";
import { collect, collectBytes, fromArray, makeExportAnnotation, makeReportEntry, makeReportMeta } from "./test-entries";
import { parseWebAnnotations, streamWebAnnotationCollection } from "./web-annotation";

const article = readFileSync(path.join(process.cwd(), "..", "shared", "corpus", "001_6dbefaef99d50c60.txt"), "utf8");
const collection = { id: "https://factdesk.example/w/demo/exports/corpus.jsonld", label: "Corpus article", generatedAt: new Date("2026-11-20T10:00:00Z") };

describe.each([
  ["as published", article],
  // a flag emoji up front shifts every code-point offset by 2 against UTF-16
  ["with an emoji headline", `🇺🇦 Kyiv\n${article}`],
])("a corpus article %s", (_name, text) => {
  it("round-trips one annotation per sentence through Web Annotation JSON", async () => {
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(10);
    const annotations = sentences.map((s, i) => makeExportAnnotation(text, s.start, s.end, { kind: i % 2 ? "CLAIM" : "NOTE" }));

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

describe("a PDF report on a corpus article", () => {
  it("keeps the article's sentences, rating and correction extractable", async () => {
    const sentences = splitSentences(article).map((s) => s.text);
    const quoted = sentences.find((s) => s.includes("“") && s.length < 200)!;
    const entries = sentences.slice(0, 6).map((statement) =>
      makeReportEntry({ claim: { statement }, appearances: [{ ...makeReportEntry().appearances[0]!, quote: quoted }] }),
    );
    const meta = makeReportMeta({ corrections: [{ date: new Date("2026-11-21T00:00:00Z"), note: "Casualty figure corrected — 12 dead, not 14.", claimId: null }] });

    const text = (await extractPdfText(await collectBytes(streamPdfReport(meta, fromArray(entries))))).replace(/\s+/g, " ");

    for (const entry of entries) expect(text).toContain(entry.claim.statement.replace(/\s+/g, " "));
    expect(text).toContain(quoted.replace(/\s+/g, " "));
    expect(text).toContain("Rating: Mostly false");
    expect(text).toContain("Casualty figure corrected — 12 dead, not 14.");
  });
});
