/**
 * Text extraction for tests: what a reader's PDF viewer (pdf.js) gets when
 * copying text out of our PDFs. Test-only (pdfjs-dist is a dev dependency).
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text of every page, lines joined by spaces, pages by newlines. */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
    }
    return pages.join("\n");
  } finally {
    await pdf.destroy();
  }
}
