import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { streamPdfReport } from "./pdf";
import { extractPdfText } from "./pdf-text";
import {
  collectBytes,
  fromArray,
  makeRelation,
  makeReportEntry,
  makeReportMeta,
  makeVerdict,
} from "@/test/support/export-entries";

/** The named destinations that the PDF's link annotations go to. */
async function internalLinks(bytes: Uint8Array): Promise<unknown[]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const links: unknown[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      for (const a of await (await pdf.getPage(n)).getAnnotations())
        if (a.subtype === "Link" && a.dest) links.push(a.dest);
    }
    return links;
  } finally {
    await pdf.destroy();
  }
}

/** Text as pdf.js extracts it, with line breaks and runs of spaces folded to one space. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await extractPdfText(bytes)).replace(/\s+/g, " ");
}

describe("streamPdfReport", () => {
  it("writes a PDF whose statement, rating and correction note can be extracted", async () => {
    const meta = makeReportMeta({
      corrections: [
        {
          date: new Date("2026-11-21T00:00:00Z"),
          note: "The death toll was updated after the ministry's revision.",
          claimId: null,
        },
      ],
    });
    const entry = makeReportEntry({ claim: { statement: "Unemployment fell by half since 2020" } });
    const bytes = await collectBytes(streamPdfReport(meta, fromArray([entry])));

    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text).toContain("Unemployment fell by half since 2020");
    expect(text).toContain("Rating: Mostly false (2 on a scale of 1–5)");
    expect(text).toContain("The death toll was updated after the ministry's revision.");
    expect(text).toContain("21 November 2026");
    expect(text).toContain("Official casualty report");
    expect(text).toContain(
      "Differs from the claim: Altered quote: “at least 40 people died” → “40 dead” (editor's note: The same statement, shortened by the outlet.)",
    );
  });

  it("states the relations under the claim, the superseding one first, linked to a claim of the same report", async () => {
    const later = makeReportEntry({ claim: { statement: "19 people were killed", anchor: "claim-later" } });
    const entry = makeReportEntry({
      claim: { statement: "12 people were killed" },
      relations: [
        makeRelation({ other: { statement: "Twelve died, said the wire", claimant: "Wire" }, note: "Words changed." }),
        makeRelation({
          kind: "UPDATES",
          direction: "incoming",
          other: { statement: "19 people were killed", claimant: "Officials", anchor: "claim-later" },
        }),
      ],
    });
    const bytes = await collectBytes(streamPdfReport(makeReportMeta(), fromArray([entry, later])));
    const text = await pdfText(bytes);
    const superseded = text.indexOf(
      "Superseded by: “19 people were killed” (Officials) — a later figure replaces this one.",
    );
    const misquotes = text.indexOf("Misquotes: “Twelve died, said the wire” (Wire) (editor's note: Words changed.)");
    expect(superseded).toBeGreaterThan(text.indexOf("12 people were killed"));
    expect(misquotes).toBeGreaterThan(superseded);
    expect(misquotes).toBeLessThan(text.indexOf("Rating:"));
    expect(await internalLinks(bytes)).toEqual(["claim-later"]);
  });

  it("keeps Greek, Cyrillic and accented text extractable (embedded Unicode font)", async () => {
    const entry = makeReportEntry({
      claim: {
        statement: "Ο πληθωρισμός έπεσε στο 2% — инфляция снизилась — Zürich café naïve",
        claimant: "Ελένη Παπαδοπούλου",
      },
    });
    const text = await pdfText(await collectBytes(streamPdfReport(makeReportMeta(), fromArray([entry]))));
    expect(text).toContain("Ο πληθωρισμός έπεσε στο 2% — инфляция снизилась — Zürich café naïve");
    expect(text).toContain("Ελένη Παπαδοπούλου");
  });

  it("marks drafts in an internal report and leaves them out of a published one", async () => {
    const draft = makeReportEntry({
      claim: { statement: "Draft claim about bridges" },
      verdict: makeVerdict({ approved: false, status: "SUBMITTED" }),
    });
    const approved = makeReportEntry({ claim: { statement: "Approved claim about roads" } });

    const internal = await pdfText(
      await collectBytes(
        streamPdfReport(makeReportMeta({ internal: true, publishedAt: null }), fromArray([draft, approved])),
      ),
    );
    expect(internal).toContain("Draft claim about bridges");
    expect(internal).toMatch(/DRAFT — not approved \(submitted\)/);

    const published = await pdfText(
      await collectBytes(streamPdfReport(makeReportMeta(), fromArray([draft, approved]))),
    );
    expect(published).not.toContain("Draft claim about bridges");
    expect(published).toContain("Approved claim about roads");
  });

  it("says so when there are no claims", async () => {
    expect(await pdfText(await collectBytes(streamPdfReport(makeReportMeta(), fromArray([]))))).toContain(
      "No claims in this report.",
    );
  });
});
