import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { streamPdfReport } from "./pdf";
import { fontkitInput, resolveLevels, visualRuns, writeText } from "./pdf-bidi";
import { collectBytes, fromArray, makeReportEntry, makeReportMeta } from "@/test/support/export-entries";

// Samples written for these tests: "The delegation visited Paris twice in 2024" and "The delegation visited the city of Paris 3 times".
const ARABIC = "زار الوفد Paris مرتين في 2024";
const HEBREW = "המשלחת ביקרה בעיר Paris 3 פעמים";
const reversed = (s: string) => [...s].reverse().join("");

/** The characters of the line text[start..end] left to right as seen, right-to-left runs reversed. */
function visualText(text: string, dir?: "ltr" | "rtl", start = 0, end = text.length - 1): string {
  return visualRuns(text, resolveLevels(text, dir), start, end)
    .map((run) => (run.rtl ? reversed(run.text) : run.text))
    .join("");
}

describe("visualRuns", () => {
  it("orders the words of a right-to-left line from the right, numbers and Latin names kept left to right", () => {
    expect(visualText(ARABIC, "rtl")).toBe(
      `2024 ${reversed("في")} ${reversed("مرتين")} Paris ${reversed("الوفد")} ${reversed("زار")}`,
    );
    expect(visualText(HEBREW, "rtl")).toBe(
      `${reversed("פעמים")} Paris 3 ${reversed("בעיר")} ${reversed("ביקרה")} ${reversed("המשלחת")}`,
    );
  });

  it("hands right-to-left runs over in logical order, for fontkit to shape", () => {
    expect(visualRuns(ARABIC, resolveLevels(ARABIC, "rtl"), 0, ARABIC.length - 1)).toEqual([
      { text: "2024", rtl: false },
      { text: " مرتين في ", rtl: true },
      { text: "Paris", rtl: false },
      { text: "زار الوفد ", rtl: true },
    ]);
  });

  it("takes the direction from the first strong letter when none is given, and orders a right-to-left name inside English", () => {
    expect(visualText(HEBREW)).toBe(visualText(HEBREW, "rtl"));
    expect(visualText("Said by שר החוץ today")).toBe(`Said by ${reversed("שר החוץ")} today`);
  });

  it("mirrors brackets in right-to-left runs", () => {
    expect(visualText("(مرحبا)", "rtl")).toBe(`(${reversed("مرحبا")})`);
  });

  it("reorders each line after line breaking: the first words stay on the first line", () => {
    const cut = ARABIC.indexOf("مرتين");
    expect(visualText(ARABIC, "rtl", 0, cut - 2)).toBe(`Paris ${reversed("الوفد")} ${reversed("زار")}`);
    expect(visualText(ARABIC, "rtl", cut, ARABIC.length - 1)).toBe(`2024 ${reversed("في")} ${reversed("مرتين")}`);
  });
});

describe("fontkitInput", () => {
  it("reverses the runs fontkit would lay out in the wrong direction, and only those", () => {
    expect(fontkitInput({ text: "مرتين", rtl: true })).toBe("مرتين"); // fontkit shapes and reverses it
    expect(fontkitInput({ text: "١٢٣", rtl: false })).toBe("٣٢١"); // Arabic-Indic digits: Arabic script, read left to right
    expect(fontkitInput({ text: " «", rtl: true })).toBe("« "); // punctuation alone: fontkit would not reverse it
    expect(fontkitInput({ text: "Paris 2024", rtl: false })).toBe("Paris 2024");
  });
});

interface DrawnRun {
  x: number;
  y: number;
  right: number;
  glyphs: { unicode: string; code: number }[];
}

/** Every text run of page 1 as drawn: position, right edge and glyphs (Unicode from the font's ToUnicode map, glyph code). */
async function drawnRuns(bytes: Uint8Array): Promise<DrawnRun[]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const ops = await (await pdf.getPage(1)).getOperatorList();
    const runs: DrawnRun[] = [];
    let [x, y, size] = [0, 0, 0];
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[];
      if (fn === OPS.setFont) size = args[1] as number;
      if (fn === OPS.setTextMatrix)
        [x, y] = Object.values(args[0] as Record<string, number>).slice(4) as [number, number];
      if (fn !== OPS.showText) return;
      const items = args[0] as (number | { unicode: string; originalCharCode: number; width: number })[];
      const glyphs = items.filter((g) => typeof g !== "number");
      const advance = items.reduce<number>((w, g) => w + (typeof g === "number" ? -g : g.width), 0);
      runs.push({
        x,
        y,
        right: x + (advance * size) / 1000,
        glyphs: glyphs.map((g) => ({ unicode: g.unicode, code: g.originalCharCode })),
      });
    });
    return runs;
  } finally {
    await pdf.destroy();
  }
}

/** The lines of page 1 as seen, left to right, from the drawn glyphs. */
function visualLines(runs: DrawnRun[]): { text: string; left: number; right: number }[] {
  const byLine = new Map<number, DrawnRun[]>();
  for (const run of runs) byLine.set(Math.round(run.y * 10), [...(byLine.get(Math.round(run.y * 10)) ?? []), run]);
  return [...byLine.values()].map((line) => {
    const sorted = line.toSorted((a, b) => a.x - b.x);
    return {
      text: sorted.flatMap((r) => r.glyphs.map((g) => g.unicode)).join(""),
      left: sorted[0]?.x ?? 0,
      right: Math.max(...sorted.map((r) => r.right)),
    };
  });
}

const RIGHT_MARGIN = 595.28 - 56; // A4, 56 pt margins

describe("right-to-left text in the PDF report", () => {
  async function report(statement: string, quote: string, articleLanguage: string): Promise<Uint8Array> {
    const appearance = {
      articleId: "a",
      articleTitle: "Title",
      articleUrl: null,
      outlet: null,
      articleAuthor: null,
      articlePublishedAt: null,
      articleLanguage,
      quote,
      difference: null,
    };
    const entry = makeReportEntry({ claim: { statement, claimant: "Demo" }, appearances: [appearance], verdict: null });
    return collectBytes(streamPdfReport(makeReportMeta({ internal: true }), fromArray([entry])));
  }

  it.each([
    [
      "Arabic",
      ARABIC,
      "ar",
      `2024 ${reversed("في")} ${reversed("مرتين")} Paris ${reversed("الوفد")} ${reversed("زار")}`,
    ],
    [
      "Hebrew",
      HEBREW,
      "he",
      `${reversed("פעמים")} Paris 3 ${reversed("בעיר")} ${reversed("ביקרה")} ${reversed("המשלחת")}`,
    ],
  ])("draws an %s statement and quote in visual order, right-aligned", async (_name, sample, lang, expected) => {
    const lines = visualLines(await drawnRuns(await report(sample, sample, lang)));
    const statement = lines.find((l) => l.text === expected);
    const quote = lines.find((l) => l.text === `”${expected}“`); // the quotation marks at the quote's start, on the right
    expect(statement, lines.map((l) => l.text).join("\n")).toBeDefined();
    expect(quote).toBeDefined();
    expect(statement?.right).toBeCloseTo(RIGHT_MARGIN, 0);
    expect(statement?.left).toBeGreaterThan(100);
    expect(quote?.right).toBeCloseTo(RIGHT_MARGIN - 24, 0); // its indent mirrored: from the right
  });

  it("keeps our English lines left to right around a right-to-left name (isolated), without drawing the isolate marks", async () => {
    const entry = makeReportEntry({ claim: { statement: "Floods", claimant: "وزير الصحة" } });
    const lines = visualLines(
      await drawnRuns(await collectBytes(streamPdfReport(makeReportMeta(), fromArray([entry])))),
    );
    const claimant = lines.find((l) => l.text.endsWith("2 November 2026") && l.text.includes("ة"));
    expect(claimant?.text).toBe(`${reversed("وزير الصحة")}, 2 November 2026`);
    expect(claimant?.left).toBe(56);
  });

  it("joins Arabic letters (contextual forms, lam-alef ligature) and has a glyph for every letter", async () => {
    const door = "باب"; // beh at the start and at the end of the word
    const runs = await drawnRuns(await report(`${door} لا`, "لا", "ar"));
    const glyphs = runs.flatMap((r) => r.glyphs);
    const behs = new Set(glyphs.filter((g) => g.unicode === "ب").map((g) => g.code));
    expect(behs.size).toBe(2); // initial and final forms are different glyphs
    expect(glyphs.some((g) => g.unicode === "لا")).toBe(true); // one glyph for two letters
    expect(glyphs.filter((g) => g.code === 0)).toEqual([]); // no .notdef boxes
  });

  it("marks text in another language than the document's with its language tag (uncompressed, to read the page)", async () => {
    const doc = new PDFDocument({ compress: false, lang: "en", font: null as unknown as string });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.registerFont("body", "node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf").font("body");
    writeText(doc, ARABIC, {}, { lang: "ar", dir: "rtl" });
    writeText(doc, "Same language as the document", {}, { lang: "en", dir: "ltr" });
    doc.end();
    await new Promise((resolve) => doc.on("end", resolve));
    const pdf = Buffer.concat(chunks).toString("latin1");
    expect(pdf.match(/\/Span <<\n\/Lang \(ar\)\n>> BDC/g)).toHaveLength(1);
    expect(pdf).not.toContain("/Lang (en)\n>> BDC");
  });
});

describe("left-to-right text", () => {
  /** The same texts through pdfkit alone and through writeText, as bytes. */
  async function render(
    write: (doc: InstanceType<typeof PDFDocument>, text: string, options?: PDFKit.Mixins.TextOptions) => void,
  ): Promise<Buffer> {
    const doc = new PDFDocument({
      info: { CreationDate: new Date("2026-11-20T10:00:00Z") },
      font: null as unknown as string,
      lang: "en",
    });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.registerFont("body", "node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf").font("body");
    write(
      doc,
      "Unemployment fell by half since 2020, said the minister in a long statement that wraps onto a second line of the page.",
      { destination: "claim-1" },
    );
    write(doc, "Misquotes: ", { indent: 12, continued: true });
    write(doc, "“Ο πληθωρισμός έπεσε στο 2%”", { continued: true, underline: true, goTo: "claim-1" });
    write(doc, " (Zürich café)", { underline: false, goTo: null as unknown as undefined });
    doc.end();
    await new Promise((resolve) => doc.on("end", resolve));
    return Buffer.concat(chunks);
  }

  it("is written exactly as pdfkit writes it", async () => {
    const plain = await render((doc, text, options) => doc.text(text, options));
    const viaWriteText = await render((doc, text, options) =>
      writeText(doc, text, options, { lang: "en", dir: "ltr" }),
    );
    expect(viaWriteText.equals(plain)).toBe(true);
  });

  it("leaves the English report as it was", async () => {
    const entry = makeReportEntry({ claim: { statement: "Unemployment fell by half since 2020" } });
    const lines = visualLines(
      await drawnRuns(await collectBytes(streamPdfReport(makeReportMeta(), fromArray([entry])))),
    );
    expect(lines.find((l) => l.text === "Unemployment fell by half since 2020")?.left).toBe(56);
  });
});

describe("pdfkit internals used by writeText", () => {
  it("are still there (pdfkit is pinned; an upgrade must keep them or change pdf-bidi.ts)", () => {
    const doc = new PDFDocument() as unknown as Record<string, unknown>;
    for (const name of ["_text", "_fragment", "_line"]) expect(typeof doc[name]).toBe("function");
  });
});
