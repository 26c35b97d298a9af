/**
 * The report as PDF (pdfkit), streamed: pages are flushed as they fill and
 * handed on after each claim, so a whole workspace never sits in memory.
 *
 * Text is set in DejaVu Sans, embedded (subset) from the dejavu-fonts-ttf
 * package, not in the standard-14 fonts: those only cover Latin-1 and the
 * server may have no system fonts. DejaVu covers Latin, Greek, Cyrillic,
 * Armenian, Georgian, Hebrew and Arabic letters (right-to-left text is
 * ordered by pdf-bidi.ts); CJK has no glyphs in this font (shown as boxes).
 * pdfkit writes a ToUnicode map for embedded fonts, so the text is extractable.
 * Workspace text goes through writeText, English labels of ours straight to pdfkit.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { type TextLanguage, textLanguage } from "@/lib/articles/text-direction";
import type { ReportEntry, ReportMeta, ReportRelation } from "@/lib/exports/report-model";
import { safeAnchorId } from "./markdown-escape";
import { autoDirection, isolate, writeText } from "./pdf-bidi";
import {
  DRAFT_MARK,
  SUPERSEDED_NOTE,
  belongsInReport,
  claimantLine,
  formatDay,
  formatDayTime,
  relationDetails,
  relationLabel,
  safeLinkUrl,
  splitRelations,
} from "./report-text";

const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
let fonts: { regular: Buffer; bold: Buffer } | null = null;

/** Read once per process; resolved from the app's root (the cwd of next start, vitest and the bench). */
function loadFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(path.join(FONT_DIR, "DejaVuSans.ttf")),
    bold: readFileSync(path.join(FONT_DIR, "DejaVuSans-Bold.ttf")),
  };
  return fonts;
}

const GREY = "#555555";
const RED = "#b00020";
const LINK = "#1a4f9c";
const AMBER = "#8a5a00";

export async function* streamPdfReport(
  meta: ReportMeta,
  entries: AsyncIterable<ReportEntry>,
): AsyncGenerator<Uint8Array> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    // No default font: pdfkit would load Helvetica (Latin-1 only). Fonts are
    // used by registered name, which pdfkit caches; passing the Buffer to
    // doc.font() each time would re-parse the whole font on every call.
    font: null as unknown as string,
    displayTitle: true,
    lang: "en",
    info: {
      Title: meta.title,
      Author: meta.organisation.name,
      Subject: meta.scopeDescription,
      CreationDate: meta.generatedAt,
    },
  });
  doc.registerFont("body", regular);
  doc.registerFont("bold", bold);
  doc.font("body");

  // pdfkit pushes output into its Readable buffer synchronously as pages
  // fill; read() takes it out synchronously too. ('data' events would wait for
  // a process tick, which a fast entry source may not give until the end.)
  const drain = function* () {
    for (let chunk: Buffer | null; (chunk = doc.read() as Buffer | null) !== null;)
      yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  };

  writeHeader(doc, meta);
  yield* drain();
  let count = 0;
  for await (const entry of entries) {
    if (!belongsInReport(meta, entry)) continue;
    writeClaim(doc, meta, entry);
    if (++count % LAYOUT_CACHE_ENTRIES === 0) clearLayoutCaches(doc);
    yield* drain();
  }
  if (count === 0) doc.font("body").fontSize(11).fillColor(GREY).text("No claims in this report.");
  doc.end();
  // after end() the rest (fonts, xref, trailer) is buffered; the iterator reads it to the end
  for await (const chunk of doc as AsyncIterable<Buffer>)
    yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

type Doc = InstanceType<typeof PDFDocument>;

/**
 * pdfkit caches the glyph layout of every distinct word per font and never
 * evicts: fast, but memory grows with the report (every URL is a new word).
 * Turning the cache off makes a report 2.5 times slower, so it is emptied
 * every few hundred claims instead. This touches pdfkit internals; if they
 * change, the guard makes it a no-op and only memory flatness is lost.
 * Measured: 1,000 claims 24 MB retained heap, 4,000 claims 33 MB.
 */
const LAYOUT_CACHE_ENTRIES = 200;
function clearLayoutCaches(doc: Doc): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: object }> })._fontFamilies;
  for (const font of Object.values(families ?? {})) {
    if (font.layoutCache) font.layoutCache = Object.create(null);
  }
}

function writeHeader(doc: Doc, meta: ReportMeta): void {
  writeText(doc.font("bold").fontSize(20).fillColor("black"), meta.title);
  doc.moveDown(0.5);
  doc.font("body").fontSize(10).fillColor(GREY);
  writeText(doc, `Scope: ${isolate(meta.scopeDescription)}`);
  writeText(doc, `Organisation: ${isolate(meta.organisation.name)}`);
  doc.text(`Generated: ${formatDayTime(meta.generatedAt)}`);
  doc.text(`Published: ${meta.publishedAt ? formatDayTime(meta.publishedAt) : "not published"}`);
  const pageUrl = safeLinkUrl(meta.url);
  if (pageUrl) doc.fillColor(LINK).text(pageUrl, { link: pageUrl });
  if (meta.internal) {
    doc
      .moveDown(0.5)
      .font("bold")
      .fillColor(RED)
      .text(`Internal report: verdicts that are not approved are marked “${DRAFT_MARK}”.`);
  }
  if (meta.corrections.length > 0) {
    doc.moveDown().font("bold").fontSize(14).fillColor("black").text("Corrections");
    doc.font("body").fontSize(10);
    for (const c of meta.corrections) writeText(doc, `${formatDay(c.date)}: ${isolate(c.note)}`, { indent: 12 });
  }
  doc.moveDown().font("bold").fontSize(14).fillColor("black").text("Claims");
}

function writeClaim(doc: Doc, meta: ReportMeta, entry: ReportEntry): void {
  const { claim, verdict } = entry;
  doc.moveDown();
  writeText(
    doc.font("bold").fontSize(13).fillColor("black"),
    claim.statement,
    { destination: safeAnchorId(claim.anchor) },
    statementLanguage(entry),
  );
  // the claimant isolated: a right-to-left name must not turn the line with its English date around
  writeText(
    doc.font("body").fontSize(10).fillColor(GREY),
    claimantLine({ ...entry, claim: { ...claim, claimant: claim.claimant && isolate(claim.claimant.trim()) } }),
  );
  const { supersededBy, others } = splitRelations(entry);
  // ahead of the rating: the rated figure is no longer the latest
  for (const r of supersededBy) relationLine(doc, r, { color: AMBER, bold: true, suffix: ` — ${SUPERSEDED_NOTE}.` });
  for (const r of others) relationLine(doc, r, { color: "black", bold: false });
  doc.moveDown(0.3);
  if (!verdict) {
    doc.font("body").fillColor(GREY).text("No verdict yet.");
  } else {
    const scale =
      verdict.ratingOrdinal === null
        ? ""
        : ` (${verdict.ratingOrdinal} on a scale of ${meta.ratingScale.worstRating}–${meta.ratingScale.bestRating})`;
    writeText(doc.font("bold").fontSize(11).fillColor("black"), `Rating: ${isolate(verdict.ratingLabel)}${scale}`, {
      continued: !verdict.approved,
    });
    if (!verdict.approved)
      doc.fillColor(RED).text(`  ${DRAFT_MARK} (${verdict.status.toLowerCase().replace(/_/g, " ")})`);
    if (verdict.approved && verdict.approvedByName)
      writeText(doc.font("body").fontSize(9).fillColor(GREY), `Reviewed by ${isolate(verdict.approvedByName)}`);
    if (verdict.summary.trim())
      writeText(doc.moveDown(0.3).font("body").fontSize(10.5).fillColor("black"), verdict.summary.trim());
    if (verdict.evidence.length > 0) {
      doc.moveDown(0.3).font("bold").fontSize(10).fillColor("black").text("Evidence");
      for (const e of verdict.evidence)
        linkLine(doc, isolate(e.title || e.url), e.url, e.quote ? `“${e.quote}”` : null, {});
    }
  }
  if (entry.appearances.length > 0) {
    doc.moveDown(0.3).font("bold").fontSize(10).fillColor("black").text("Appearances");
    for (const a of entry.appearances) {
      const where = [a.outlet && isolate(a.outlet), a.articlePublishedAt ? formatDay(a.articlePublishedAt) : null]
        .filter(Boolean)
        .join(", ");
      const title = isolate(a.articleTitle);
      linkLine(
        doc,
        where ? `${title} (${where})` : title,
        a.articleUrl,
        `“${a.quote}”`,
        textLanguage(a.articleLanguage),
      );
      if (a.difference)
        writeText(doc.font("bold").fontSize(9.5).fillColor(AMBER), `Differs from the claim: ${a.difference}`, {
          indent: 24,
        });
    }
  }
}

/** "Misquotes: “…” (details)", the statement a link to the other claim's section when it is in this report. */
function relationLine(doc: Doc, r: ReportRelation, style: { color: string; bold: boolean; suffix?: string }): void {
  const anchor = r.other.anchor ? safeAnchorId(r.other.anchor) : null;
  const details = `${relationDetails(r)}${style.suffix ?? ""}`;
  doc
    .font(style.bold ? "bold" : "body")
    .fontSize(10)
    .fillColor(style.color)
    .text(`${relationLabel(r)}: `, { indent: 12, continued: true });
  writeText(doc.fillColor(anchor ? LINK : style.color), `“${r.other.statement}”`, {
    continued: details !== "",
    underline: anchor !== null,
    ...(anchor ? { goTo: anchor } : {}),
  });
  // pdfkit carries options into a continued segment unless they are set: null ends the link
  if (details) writeText(doc.fillColor(style.color), details, { underline: false, goTo: null as unknown as undefined });
}

/** "• title" (a link when the URL is http(s)), the URL itself, then an optional quote in the source's language. */
function linkLine(
  doc: Doc,
  title: string,
  url: string | null,
  quote: string | null,
  quoteLanguage: TextLanguage,
): void {
  const href = safeLinkUrl(url);
  writeText(
    doc
      .font("body")
      .fontSize(10)
      .fillColor(href ? LINK : "black"),
    `• ${title}`,
    { indent: 12, link: href ?? undefined, underline: Boolean(href) },
  );
  if (url) writeText(doc.fontSize(8.5).fillColor(GREY), url, { indent: 24 });
  if (quote) writeText(doc.fontSize(9.5).fillColor(GREY), quote, { indent: 24 }, quoteLanguage);
}

/**
 * A statement is tagged with the language of the article it first appeared
 * in when it reads in that article's direction: a statement kept in the
 * original words is in that language, a translated one is not.
 */
function statementLanguage(entry: ReportEntry): TextLanguage {
  const article = textLanguage(entry.appearances[0]?.articleLanguage);
  return article.dir === autoDirection(entry.claim.statement) ? { lang: article.lang } : {};
}
