import { z } from "zod";
import { REPORT_FORMATS, ResolvePendingCorrectionsInputSchema } from "@/lib/reports/schemas";
import { defineRoute } from "@/lib/api/route-contract";
import { PageQuerySchema } from "@/lib/paging/newest-first";
import { DateTime, Id, JSON_BODY_LIMIT, pageSchema } from "@/lib/api/http/wire";

export const ReportSummarySchema = z
  .object({
    id: Id,
    title: z.string(),
    scope: z.enum(["ARTICLE", "CLAIMS", "CONFLICT", "WORKSPACE"]),
    publishedAt: DateTime.nullable(),
    createdAt: DateTime,
    links: z.object({
      page: z.string().describe("the report in the app (signed-in members)"),
      public: z.string().nullable().describe("the public page while published"),
      exports: z
        .record(z.enum(REPORT_FORMATS), z.string())
        .describe(
          "this API's export of the published version in each format; add ?internal=true for the internal one (editors and up)",
        ),
    }),
  })
  .meta({ id: "ReportSummary" });

export const listReportsRoute = defineRoute({
  method: "GET",
  path: "/reports",
  operationId: "listReports",
  summary: "List saved reports, newest first (viewers: published ones only)",
  tag: "Reports",
  role: "VIEWER",
  query: PageQuerySchema,
  success: {
    status: 200,
    description: "A page of reports with their export links",
    schema: pageSchema(ReportSummarySchema, "ReportPage"),
  },
  errors: [400],
});

export const exportReportRoute = defineRoute({
  method: "GET",
  path: "/reports/{reportId}/export/{format}",
  operationId: "exportReport",
  summary: "Download a report as ClaimReview JSON-LD, Web Annotations, Markdown, CSV or PDF",
  description:
    "The published version (approved verdicts only) by default; `internal=true` for the internal one (editors and up). Viewers may export published reports only (403). " +
    "A ClaimReview file that would be invalid is refused with 422 listing what is missing.",
  tag: "Reports",
  role: "VIEWER",
  params: z.object({ reportId: Id, format: z.enum(REPORT_FORMATS) }),
  query: z.object({
    internal: z
      .enum(["true", "false"])
      .optional()
      .describe("true: the internal version, with unapproved verdicts marked"),
    bom: z.enum(["true", "false"]).optional().describe("CSV: start with a byte order mark for spreadsheet programs"),
  }),
  success: {
    status: 200,
    description: "The file, streamed",
    file: {
      mediaTypes: [
        "application/ld+json",
        'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
        "text/markdown",
        "text/csv",
        "application/pdf",
      ],
    },
  },
  errors: [400, 403, 404, 422],
});

const ReportParams = z.object({ reportId: Id });

const PendingCorrectionSchema = z
  .object({
    id: Id,
    reportId: Id,
    reportTitle: z.string(),
    claimId: Id,
    claimStatement: z.string(),
    reason: z.string().describe("what changed, e.g. a figure a new article version changed"),
    createdAt: DateTime,
  })
  .meta({ id: "PendingCorrection" });

export const PendingCorrectionListSchema = pageSchema(PendingCorrectionSchema, "PendingCorrectionList")
  .extend({ total: z.number().int().describe("how many changes wait in all, on every page") })
  .meta({ id: "PendingCorrectionList" });

export const listPendingCorrectionsRoute = defineRoute({
  method: "GET",
  path: "/reports/{reportId}/pending-corrections",
  operationId: "listPendingCorrections",
  summary: "Changes that reached a published report without a note and still need a correction",
  description:
    "Oldest first, a page at a time (`Link` header with next and prev). Empty while the report is unpublished. " +
    "Resolve them with POST /reports/{reportId}/corrections, naming the last one you read as `throughId`.",
  tag: "Reports",
  role: "EDITOR",
  params: ReportParams,
  query: PageQuerySchema,
  success: { status: 200, description: "The pending changes", schema: PendingCorrectionListSchema },
  errors: [400, 403, 404],
});

export const correctReportRoute = defineRoute({
  method: "POST",
  path: "/reports/{reportId}/corrections",
  operationId: "correctReport",
  summary: "Write the dated correction a published report needs",
  description:
    "One correction per claim concerned, with your note. With `throughId` (the last pending change you read), the changes up to it, oldest first, are resolved and later ones stay pending; without it, every pending change of the report. " +
    "A report with nothing pending, or a `throughId` that no longer waits: 409.",
  tag: "Reports",
  role: "REVIEWER",
  params: ReportParams,
  body: {
    mediaTypes: {
      "application/json": ResolvePendingCorrectionsInputSchema.omit({ reportId: true }).meta({ id: "CorrectReport" }),
    },
    maxBytes: JSON_BODY_LIMIT,
  },
  success: {
    status: 201,
    description: "How many corrections were written",
    schema: z.object({ corrections: z.number().int() }).meta({ id: "CorrectionResult" }),
  },
  errors: [400, 403, 404, 409, 413, 415, 422],
});
