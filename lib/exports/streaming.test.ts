/**
 * Every export streams: a 5,000-entry source is consumed one entry at a time,
 * and output leaves before the source is exhausted (no array of the scope).
 */
import { describe, expect, it } from "vitest";
import type { ExportAnnotation } from "@/lib/exports/report-model";
import { streamClaimReviews } from "./claim-review";
import { streamCsvReport } from "./csv";
import { streamMarkdownReport } from "./markdown";
import { streamPdfReport } from "./pdf";
import { countingEntries, makeExportAnnotation, makeReportMeta } from "@/test/support/export-entries";
import { streamWebAnnotationCollection } from "./web-annotation";

const COUNT = 5_000;

/** Drains the stream, noting how many entries had been pulled when each chunk arrived. */
async function pulledPerChunk<T>(stream: AsyncIterable<T>, state: { pulled: number }): Promise<number[]> {
  const pulled: number[] = [];
  for await (const chunk of stream) {
    void chunk;
    pulled.push(state.pulled);
  }
  return pulled;
}

describe.each([
  [
    "ClaimReview",
    (meta: ReturnType<typeof makeReportMeta>, source: AsyncIterable<never>) => streamClaimReviews(meta, source),
  ],
  [
    "Markdown",
    (meta: ReturnType<typeof makeReportMeta>, source: AsyncIterable<never>) => streamMarkdownReport(meta, source),
  ],
  [
    "CSV",
    (meta: ReturnType<typeof makeReportMeta>, source: AsyncIterable<never>) =>
      streamCsvReport(meta, source, { bom: true }),
  ],
])("%s export", (_name, stream) => {
  it(`${COUNT} entries yields a chunk per entry as it is pulled`, async () => {
    const { state, source } = countingEntries(COUNT);
    const pulled = await pulledPerChunk(stream(makeReportMeta(), source as AsyncIterable<never>), state);
    expect(state.pulled).toBe(COUNT);
    // header first, then entry k's chunk arrives when exactly k entries were read
    expect(pulled[0]).toBe(0);
    expect(pulled.slice(1, COUNT + 1)).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
  });
});

describe("PDF export", () => {
  // fewer entries: pdfkit lays out ~3-6 ms per claim, and 1,000 claims already fill ~250 pages
  const PDF_COUNT = 1_000;
  it(`${PDF_COUNT} entries sends pages out long before the source is exhausted`, { timeout: 60_000 }, async () => {
    const { state, source } = countingEntries(PDF_COUNT);
    const pulled = await pulledPerChunk(streamPdfReport(makeReportMeta(), source), state);
    expect(state.pulled).toBe(PDF_COUNT);
    const beforeEnd = pulled.filter((n) => n < PDF_COUNT).length;
    expect(pulled[0]).toBe(0);
    // pages are flushed as they fill: most of the file leaves while entries are still being read
    expect(beforeEnd / pulled.length).toBeGreaterThan(0.5);
  });
});

describe("Web Annotation export", () => {
  it(`${COUNT} annotations yields items as they are pulled`, async () => {
    const text = "Floods 🌊 hit the valley";
    const state = { pulled: 0 };
    async function* source(): AsyncGenerator<ExportAnnotation> {
      for (let i = 0; i < COUNT; i++) {
        state.pulled++;
        yield makeExportAnnotation(text, 0, 6);
      }
    }
    const collection = { id: "https://factdesk.example/c", label: "All", generatedAt: new Date() };
    const pulled = await pulledPerChunk(streamWebAnnotationCollection(collection, source()), state);
    expect(pulled[0]).toBe(0);
    expect(pulled[1]).toBe(1);
    expect(pulled.length).toBe(COUNT + 2);
  });
});
