/**
 * exportReport against a real database, as the download routes call it:
 * every format streams with its content type and file name, published output
 * carries approved verdicts only, and a ClaimReview that would be invalid is
 * refused with the list of what is missing, before any byte is written.
 */
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/errors";
import { exportReport, fileSlug } from "@/lib/reports/export-report";
import { publishReport } from "@/lib/reports/publish-report";
import { unpublishReport } from "@/lib/reports/unpublish-report";
import { openPublicReport } from "@/lib/reports/open-public-report";
import { getReport } from "@/lib/reports/get-report";
import { REPORT_FORMATS, type ReportFormat } from "@/lib/reports/schemas";
import { validateClaimReview } from "@/lib/exports/claim-review";
import { parseWebAnnotations } from "@/lib/exports/web-annotation";
import { extractPdfText } from "@/lib/exports/pdf-text";
import { articleReport, claimWithVerdict } from "@/test/support/report-world";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";

const TEXT = "Officials said at least 12 people were killed on Tuesday.\n\nThe mayor promised 40 million euros.";
const URL_ = "https://factdesk.example.test/r/token";

async function drain(body: AsyncGenerator<string | Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of body) parts.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(parts);
}

async function world() {
  const ws = await createWorkspaceWithMembers();
  const article = await createArticle(ws.actors.EDITOR, {
    text: TEXT,
    title: "Storm",
    url: "https://news.example.test/storm",
  });
  await claimWithVerdict(ws, article, "at least 12 people were killed", "APPROVED", {
    statement: "At least 12 people were killed",
  });
  await claimWithVerdict(ws, article, "40 million euros", "DRAFT", {
    statement: "The mayor promised 40 million euros",
  });
  const report = await articleReport(ws, article, "Storm: fact-check");
  const { publicToken } = await publishReport(ws.actors.REVIEWER, report.id);
  return { ws, report, ...(await openPublicReport(publicToken)) };
}

describe("exportReport", () => {
  it("streams every format of the published output with its type, name and item count", async () => {
    const { access, record } = await world();
    const files = {} as Record<ReportFormat, { type: string; name: string; items: number; bytes: Buffer }>;
    for (const format of REPORT_FORMATS) {
      const file = await exportReport(access, record, {
        format,
        internal: false,
        bom: format === "csv",
        url: URL_,
        links: { report: URL_, article: () => URL_ },
      });
      files[format] = {
        type: file.contentType,
        name: file.filename,
        items: file.totalItems,
        bytes: await drain(file.body),
      };
    }
    expect(
      Object.fromEntries(
        Object.entries(files).map(([f, x]) => [
          f,
          [x.type.split(";")[0], x.name.replace(/\d{4}-\d{2}-\d{2}/, "DATE"), x.items],
        ]),
      ),
    ).toEqual({
      claimreview: ["application/ld+json", "storm-fact-check-DATE.claimreview.jsonld", 1],
      annotations: ["application/ld+json", "storm-fact-check-DATE.annotations.jsonld", 1],
      markdown: ["text/markdown", "storm-fact-check-DATE.md", 1],
      csv: ["text/csv", "storm-fact-check-DATE.csv", 1],
      pdf: ["application/pdf", "storm-fact-check-DATE.pdf", 1],
    });
    const reviews = JSON.parse(files.claimreview.bytes.toString("utf8")) as unknown[];
    expect(reviews.map((r) => validateClaimReview(r).valid)).toEqual([true]);
    expect(parseWebAnnotations(JSON.parse(files.annotations.bytes.toString("utf8"))).map((a) => a.exact)).toEqual([
      "at least 12 people were killed",
    ]);
    expect(files.csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    for (const format of ["markdown", "csv"] as const) {
      expect(files[format].bytes.toString("utf8")).toContain("At least 12 people were killed");
      expect(files[format].bytes.toString("utf8")).not.toContain("40 million");
    }
    expect(await extractPdfText(new Uint8Array(files.pdf.bytes))).toContain("At least 12 people were killed");
  });

  it("refuses a ClaimReview that would be invalid, listing what is missing", async () => {
    const { ws, report } = await world();
    // unpublished, its claims have no public fact-check pages: the ClaimReview urls come from the (invalid) report url
    await unpublishReport(ws.actors.REVIEWER, report.id);
    const { record } = await getReport(ws.actors.EDITOR, report.id, { internal: false });
    const attempt = exportReport(ws.actors.EDITOR, record, {
      format: "claimreview",
      internal: false,
      bom: false,
      url: "not a url",
      links: { report: URL_, article: () => URL_ },
    });
    await expect(attempt).rejects.toThrow(InvalidInputError);
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { claimReview: ["Claim “At least 12 people were killed”: missing url"] },
    });
  });

  it("makes file-name-safe slugs", () => {
    expect(fileSlug("Überschwemmung in Kyiv: 12 claims!")).toBe("uberschwemmung-in-kyiv-12-claims");
    expect(fileSlug("«»")).toBe("report");
  });
});
