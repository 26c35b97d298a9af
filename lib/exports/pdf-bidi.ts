/**
 * Right-to-left and mixed-direction text in the PDF export. pdfkit sets every
 * line left to right; fontkit shapes each word it is given (Arabic letters
 * joined, the glyphs of a right-to-left word reversed), but nothing orders the
 * words and runs of a line, so an Arabic sentence came out with its words
 * backwards. Here the Unicode Bidirectional Algorithm (bidi-js, UAX #9)
 * resolves the levels of the whole paragraph, pdfkit breaks it into lines, and
 * each line is drawn run by run in visual order (reordering after line
 * breaking, as UAX #9 asks, so the first words of a paragraph stay on its
 * first line). Text without right-to-left characters takes pdfkit's own path.
 */
import bidiFactory, { type EmbeddingLevels } from "bidi-js";
import type PDFDocument from "pdfkit";
import type { TextLanguage } from "@/lib/articles/text-direction";

type Doc = InstanceType<typeof PDFDocument>;
type TextOptions = PDFKit.Mixins.TextOptions;

const bidi = bidiFactory();

/** One run of a line: `text` in logical order (mirrored brackets applied), for fontkit to shape. */
export interface VisualRun {
  text: string;
  rtl: boolean;
}

/**
 * pdfkit 0.20 (pinned) internals, so that its line breaking, page breaks and
 * link/underline drawing are reused rather than rewritten: `_text` wraps with
 * a line callback of our own, `_fragment` draws one run at a point, `_line`
 * moves down as after any line, `_wrapper` is set while a `continued` flow is
 * open. pdf-bidi.test.ts fails if an upgrade removes them.
 */
interface PdfkitInternals {
  _text(
    text: string,
    options: TextOptions,
    y: undefined,
    more: undefined,
    onLine: (line: string, options: LineOptions, wrapper?: unknown) => void,
  ): void;
  _fragment(text: string, x: number, y: number, options: TextOptions): void;
  _line(text: string, options: LineOptions, wrapper?: unknown): void;
  _wrapper: unknown;
}
type LineOptions = TextOptions & { lineWidth?: number };

/** Bidi classes that only a right-to-left script or control brings into a text. */
const RIGHT_TO_LEFT_CLASSES = new Set(["R", "AL", "AN", "RLE", "RLO", "RLI"]);

/** The blocks where those live: a quick test that lets left-to-right text skip the per-letter lookup. */
const RIGHT_TO_LEFT_BLOCKS =
  /[\u0590-\u08FF\u200F\u202B\u202E\u2067\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

export function hasRightToLeft(text: string): boolean {
  if (!RIGHT_TO_LEFT_BLOCKS.test(text)) return false;
  for (const ch of text) if (RIGHT_TO_LEFT_CLASSES.has(bidi.getBidiCharTypeName(ch))) return true;
  return false;
}

/** The direction of the text's first paragraph by its first strong letter (UAX #9 P2–P3, like `dir="auto"`). */
export function autoDirection(text: string): "ltr" | "rtl" {
  return (bidi.getEmbeddingLevels(text).paragraphs[0]?.level ?? 0) % 2 ? "rtl" : "ltr";
}

/** The levels of the whole text, every paragraph in the given direction or, without one, its own (first strong letter). */
export function resolveLevels(text: string, dir?: "ltr" | "rtl"): EmbeddingLevels {
  return bidi.getEmbeddingLevels(text, dir);
}

/**
 * The runs of the line text[start..end] (inclusive), left to right as they
 * are seen (UAX #9 L2 on the paragraph's levels). Trailing whitespace is the
 * caller's to drop: bidi-js resets it (L1) with a slice index bug past the
 * first line, and at the line's end it is invisible anyway.
 */
export function visualRuns(text: string, levels: EmbeddingLevels, start: number, end: number): VisualRun[] {
  const order = bidi.getReorderedIndices(text, levels, start, end).slice(start, end + 1);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end);
  const spans: { first: number; last: number; level: number }[] = [];
  for (const index of order) {
    const level = levels.levels[index] ?? 0;
    const span = spans.at(-1);
    // a right-to-left run is reversed on the line: its logical order runs right to left
    if (span && span.level === level && index === span.last + (level % 2 ? -1 : 1)) span.last = index;
    else spans.push({ first: index, last: index, level });
  }
  return spans
    .map(({ first, last, level }) => {
      let runText = "";
      for (let k = Math.min(first, last); k <= Math.max(first, last); k++) runText += mirrored.get(k) ?? text[k];
      return { text: runText.replace(BIDI_CONTROLS, ""), rtl: level % 2 === 1 };
    })
    .filter((run) => run.text !== "");
}

/** Marks, embeddings and isolates have done their work once the levels are resolved; drawn, they would show as spaces. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * The text as an isolate (FSI … PDI), for workspace text inside a line of
 * ours: it orders itself by its own first letter and leaves the line's
 * direction and punctuation alone ("⁨وزير⁩, 2 November 2026" stays a
 * left-to-right line). Only text with right-to-left letters needs it, so
 * left-to-right text is written as before.
 */
export function isolate(text: string): string {
  return hasRightToLeft(text) ? `\u2068${text}\u2069` : text;
}

/**
 * The scripts fontkit lays out right to left (its script.js). fontkit picks a
 * run's script from its first letter of a specific script and reverses the
 * glyphs of a right-to-left one after shaping.
 */
const FONTKIT_RIGHT_TO_LEFT =
  /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Cypriot}\p{Script=Kharoshthi}\p{Script=Phoenician}\p{Script=Nko}\p{Script=Lydian}\p{Script=Avestan}\p{Script=Imperial_Aramaic}\p{Script=Inscriptional_Pahlavi}\p{Script=Inscriptional_Parthian}\p{Script=Old_South_Arabian}\p{Script=Old_Turkic}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}\p{Script=Manichaean}\p{Script=Mende_Kikakui}\p{Script=Nabataean}\p{Script=Old_North_Arabian}\p{Script=Palmyrene}\p{Script=Psalter_Pahlavi}]/u;
const SPECIFIC_SCRIPT = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

/**
 * The string to hand to pdfkit for a run so that its glyphs come out in the
 * run's direction: fontkit reverses runs it takes for right-to-left, so a run
 * it misjudges is reversed here first. That is a right-to-left run of
 * punctuation alone, or a left-to-right run of Arabic-Indic digits (Arabic
 * script, but numbers read left to right); neither joins, so nothing is lost.
 */
export function fontkitInput(run: VisualRun): string {
  const firstLetter = SPECIFIC_SCRIPT.exec(run.text)?.[0] ?? "";
  return FONTKIT_RIGHT_TO_LEFT.test(firstLetter) === run.rtl ? run.text : [...run.text].reverse().join("");
}

/**
 * doc.text(text, options) in the text's language and direction. A language
 * other than the document's is marked on the text (a /Span with /Lang, read by
 * screen readers and text extraction). Right-to-left paragraphs are aligned
 * right, unless they continue or open a `continued` flow: such a segment is
 * set inline, its runs ordered among themselves.
 */
export function writeText(doc: Doc, text: string, options: TextOptions = {}, language: TextLanguage = {}): void {
  const markLanguage = language.lang !== undefined && language.lang !== doc.options.lang;
  if (markLanguage) doc.markContent("Span", { lang: language.lang });
  if (language.dir === "rtl" || hasRightToLeft(text)) writeBidiText(doc, text, options, language.dir);
  else doc.text(text, options);
  if (markLanguage) doc.endMarkedContent();
}

function writeBidiText(doc: Doc, text: string, options: TextOptions, dir: "ltr" | "rtl" | undefined): void {
  const pdfkit = doc as unknown as PdfkitInternals;
  const levels = resolveLevels(text, dir);
  const inline = Boolean(options.continued) || pdfkit._wrapper != null;
  const left = doc.x;
  let offset = 0;
  let destination = options.destination;
  // pdfkit's lines tile the text in order, so each starts where the last ended
  pdfkit._text(text, options, undefined, undefined, (line, lineOptions, wrapper) => {
    const start = offset;
    offset += line.length;
    const end = start + line.replace(/[\s\u2066-\u2069]+$/u, "").length - 1;
    if (end >= start) {
      const runs = visualRuns(text, levels, start, end).map((run) => fontkitInput(run));
      const widths = runs.map((run) => doc.widthOfString(run, { features: [] }));
      const paragraphLevel = levels.paragraphs.find((p) => p.start <= start && start <= p.end)?.level ?? 0;
      const lineWidth = lineOptions.lineWidth ?? 0;
      // pdfkit narrows an indented line on the left; a right-to-left one is narrowed on the right, its start
      let x = paragraphLevel % 2 && !inline ? left + lineWidth - widths.reduce((a, b) => a + b, 0) : doc.x;
      const { link, goTo, underline, strike } = lineOptions;
      runs.forEach((run, i) => {
        // features: [] makes fontkit lay the run out whole, so a right-to-left run is reversed as one
        pdfkit._fragment(run, x, doc.y, { features: [], link, goTo, underline, strike, destination });
        destination = undefined;
        x += widths[i] ?? 0;
      });
    }
    pdfkit._line("", lineOptions, wrapper); // draws nothing, moves down as after any line
  });
}
