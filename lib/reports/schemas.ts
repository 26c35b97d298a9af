import { z } from "zod";
import { isRealIsoDate } from "@/lib/validation/date-field";

const Id = z.string().trim().min(1, "Choose one.").max(100);

const RequiredDate = z
  .string({ message: "Enter a date as YYYY-MM-DD." })
  .trim()
  .refine((v) => isRealIsoDate(v), "Enter a real date as YYYY-MM-DD.")
  .transform((v) => new Date(v));

/** Claim ids arrive as a list (checkboxes) or as one comma- or space-separated field. */
const ClaimIds = z
  .union([z.array(z.string()), z.string()])
  .transform((value) => [
    ...new Set((Array.isArray(value) ? value : value.split(/[\s,]+/)).map((id) => id.trim()).filter(Boolean)),
  ])
  .pipe(
    z
      .array(Id)
      .min(1, "Choose at least one claim.")
      .max(1000, "A report covers at most 1,000 chosen claims; use a date range for more."),
  );

/**
 * What a report covers. A workspace report covers the verdicts approved from
 * `fromDate` (inclusive) to `toDate` (exclusive), as the schema says.
 */
export const ReportScopeInputSchema = z.discriminatedUnion(
  "scope",
  [
    z.object({ scope: z.literal("ARTICLE"), articleId: Id }),
    z.object({ scope: z.literal("CLAIMS"), claimIds: ClaimIds }),
    z.object({ scope: z.literal("CONFLICT"), conflictId: Id }),
    z
      .object({ scope: z.literal("WORKSPACE"), fromDate: RequiredDate, toDate: RequiredDate })
      .refine((v) => v.fromDate < v.toDate, {
        path: ["toDate"],
        message: "The end of the range must be after its start.",
      }),
  ],
  { message: "Choose what the report covers." },
);
export type ReportScopeInput = z.infer<typeof ReportScopeInputSchema>;

export const CreateReportInputSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, "Give the report a title of at least 3 characters.")
      .max(200, "Use at most 200 characters."),
  })
  .and(ReportScopeInputSchema);
export type CreateReportInput = z.infer<typeof CreateReportInputSchema>;

export const ReportIdInputSchema = z.object({ reportId: Id });
export type ReportIdInput = z.infer<typeof ReportIdInputSchema>;

/** The export formats every report offers. */
export const REPORT_FORMATS = ["claimreview", "annotations", "markdown", "csv", "pdf"] as const;
export const ReportFormatSchema = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

/** Writing the correction a report needs after a change reached it without a note (a new article version changed a figure or quote it shows). */
export const ResolvePendingCorrectionsInputSchema = z.object({
  reportId: Id,
  note: z
    .string()
    .trim()
    .min(10, "Explain the correction in at least 10 characters.")
    .max(2000, "A correction note has at most 2,000 characters."),
  /**
   * The last pending change the reviewer read (the last item of the page they saw): only the
   * changes up to it, oldest first, are resolved; any that arrived later, or lay beyond the page,
   * stay pending. Without it every pending change of the report is resolved.
   */
  throughId: Id.optional(),
});
export type ResolvePendingCorrectionsInput = z.infer<typeof ResolvePendingCorrectionsInputSchema>;
