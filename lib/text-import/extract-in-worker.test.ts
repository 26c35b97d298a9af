/**
 * Extraction of HTML and Markdown runs in a worker thread with limits: a
 * hostile file costs at most its thread, and the import is refused with a
 * clear message; the server process goes on serving.
 */
import { describe, expect, it } from "vitest";
import { InvalidInputError, PayloadTooLargeError } from "@/lib/errors";
import { extractInWorker, extractionThreads } from "./extract-in-worker";

const ARTICLE = `<html><head><title>Flood in the valley</title></head><body><article><h1>Flood in the valley</h1>${"<p>At least 12 people were hurt when the river rose overnight, officials said.</p>".repeat(12)}</article></body></html>`;
/** Just inside the HTML complexity limits (lib/text-import/check-html-complexity.ts): 4 MB of flat paragraphs, heavy for jsdom. */
const HUGE_FLAT_PAGE = `<html><body>${"<p>word word word word word word word word word word word word</p>".repeat(48_000)}</body></html>`;

describe("extractInWorker", () => {
  it("extracts an article's text and title in the worker thread", async () => {
    const extracted = await extractInWorker("html", ARTICLE);
    expect(extracted.suggested.title).toBe("Flood in the valley");
    expect(extracted.text).toContain("At least 12 people were hurt");
  });

  it("keeps the extractor's own refusals (too large Markdown: 413)", async () => {
    await expect(extractInWorker("markdown", "word ".repeat(300_000))).rejects.toThrow(PayloadTooLargeError);
  });

  it("a page that needs more memory than the thread may have is refused (422), and the process goes on", async () => {
    const refused = extractInWorker("html", HUGE_FLAT_PAGE, { heapMb: 16 });
    await expect(refused).rejects.toThrow(InvalidInputError);
    await expect(refused).rejects.toThrow(/too large or too complex to import/);
    expect((await extractInWorker("html", ARTICLE)).text).toContain("At least 12 people");
  });

  it("a page still parsing at the time limit is stopped and refused", async () => {
    // a limit far below what 4 MB of markup takes to parse, so it always triggers
    await expect(extractInWorker("html", HUGE_FLAT_PAGE, { timeLimitMs: 20 })).rejects.toThrow(
      /too large or too complex to import/,
    );
    expect((await extractInWorker("markdown", "# Title\n\nBody text.")).suggested.title).toBe("Title");
  });

  it("imports at the same time share at most two warm threads, which stay for the next ones", async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => extractInWorker("html", ARTICLE)));
    expect(results.every((r) => r.text.includes("At least 12 people were hurt"))).toBe(true);
    expect(extractionThreads()).toBeLessThanOrEqual(2);
    const warm = extractionThreads();
    await extractInWorker("markdown", "# Title\n\nBody text.");
    expect(extractionThreads()).toBe(warm); // reused, not a new thread
  });
});
