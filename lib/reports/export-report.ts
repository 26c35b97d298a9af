import { streamWebAnnotationCollection } from "@/lib/exports/web-annotation";
import { streamMarkdownReport } from "@/lib/exports/markdown";
import { streamCsvReport } from "@/lib/exports/csv";
import { streamPdfReport } from "@/lib/exports/pdf";
import { timedExportBody } from "@/lib/exports/export-duration";
import { keepReplicaScope, withReplica } from "@/lib/db/replica";
import { buildReportMeta } from "@/lib/reports/content/build-report-meta";
import { countReportEntries, loadReportEntries } from "@/lib/reports/content/load-report-entries";
import {
  countExportAnnotations,
  loadExportAnnotations,
  type ExportAnnotationOptions,
} from "@/lib/reports/content/load-export-annotations";
import { authorizeReportRead, type ReportReader } from "@/lib/reports/content/report-access";
import { spoolClaimReviews } from "@/lib/reports/content/spool-claim-reviews";
import type { ReportRecord } from "@/lib/reports/scope";
import type { ReportFormat } from "@/lib/reports/schemas";

export interface ExportReportOptions {
  format: ReportFormat;
  internal: boolean;
  /** CSV only: start with a byte order mark for spreadsheet programs */
  bom: boolean;
  /** the report page: the public URL for published output of a published report */
  url: string;
  links: ExportAnnotationOptions["links"];
}

export interface ReportExport {
  contentType: string;
  /** file name without folders, ASCII-safe */
  filename: string;
  /** how many items the file will hold (claims, or annotations and replies), for progress bars */
  totalItems: number;
  body: AsyncGenerator<string | Uint8Array>;
}

const FORMATS: Record<ReportFormat, { contentType: string; extension: string }> = {
  claimreview: { contentType: "application/ld+json; charset=utf-8", extension: "claimreview.jsonld" },
  annotations: {
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    extension: "annotations.jsonld",
  },
  markdown: { contentType: "text/markdown; charset=utf-8", extension: "md" },
  csv: { contentType: "text/csv; charset=utf-8; header=present", extension: "csv" },
  pdf: { contentType: "application/pdf", extension: "pdf" },
};

/**
 * A report as a downloadable file, streamed from the database through the
 * format's serializer (lib/exports): nothing holds the whole scope. Same
 * authorization as every report read (authorizeReportRead). ClaimReview is
 * checked entry by entry before anything is sent (spoolClaimReviews): a file
 * that would be invalid is refused (InvalidInputError listing what is missing
 * under "claimReview") instead of being written.
 */
export async function exportReport(
  reader: ReportReader,
  report: ReportRecord,
  options: ExportReportOptions,
): Promise<ReportExport> {
  const startedAt = performance.now();
  // from the read replica when it has the reader's own writes (lib/db/replica.ts); the body, read later, too
  return withReplica(reader, async () => {
    const file = await produceExport(reader, report, options);
    return { ...file, body: keepReplicaScope(timedExportBody(options.format, startedAt, file.body)) }; // factdesk_export_duration_seconds
  });
}

async function produceExport(
  reader: ReportReader,
  report: ReportRecord,
  options: ExportReportOptions,
): Promise<ReportExport> {
  authorizeReportRead(reader, report, options);
  const meta = await buildReportMeta(reader, report, options);
  const entries = () => loadReportEntries(reader, report, options);
  const { contentType, extension } = FORMATS[options.format];
  const filename = `${fileSlug(report.title)}${options.internal ? "-internal" : ""}-${meta.generatedAt.toISOString().slice(0, 10)}.${extension}`;
  switch (options.format) {
    case "claimreview": {
      const spooled = await spoolClaimReviews(meta, entries());
      return { contentType, filename, totalItems: spooled.items, body: spooled.body };
    }
    case "annotations": {
      const body = streamWebAnnotationCollection(
        { id: options.url, label: meta.title, generatedAt: meta.generatedAt },
        loadExportAnnotations(reader, report, options),
      );
      return { contentType, filename, totalItems: await countExportAnnotations(reader, report, options), body };
    }
    case "markdown":
      return {
        contentType,
        filename,
        totalItems: await countReportEntries(reader, report, options),
        body: streamMarkdownReport(meta, entries()),
      };
    case "csv":
      return {
        contentType,
        filename,
        totalItems: await countReportEntries(reader, report, options),
        body: streamCsvReport(meta, entries(), { bom: options.bom }),
      };
    case "pdf":
      return {
        contentType,
        filename,
        totalItems: await countReportEntries(reader, report, options),
        body: streamPdfReport(meta, entries()),
      };
  }
}

/** Pure: a file-name-safe form of a title ("Flooding in Kyiv: 12 claims" → "flooding-in-kyiv-12-claims"). */
export function fileSlug(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "report";
}
