import { z } from "zod";
import { optionalIsoDate } from "@/lib/validation/date-field";
import { ClaimRelationFieldsSchema } from "@/lib/claims/relations/schemas";
import { CorrectionNoteSchema } from "@/lib/corrections/schemas";

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : null));

const optionalDate = optionalIsoDate;

/** A note, required only where the domain says so (a passage that differs, a change to the published record); blank = none. */
const optionalNote = CorrectionNoteSchema;
/** Callers inside lib (tests, other use cases) may leave the notes out. */
type WithOptionalNotes<T> = Omit<T, "differenceNote" | "correctionNote"> &
  Partial<Pick<T, Extract<keyof T, "differenceNote" | "correctionNote">>>;

const optionalNumber = z
  .union([z.number(), z.string().trim()])
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === "") return null;
    const n = typeof v === "number" ? v : Number(v.replace(/,/g, ""));
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: "custom", message: "Enter a number." });
      return z.NEVER;
    }
    return n;
  });

/** The structured value of a claim ("at least 12 killed"), all optional. */
export const ClaimValueSchema = z
  .object({
    metric: optional(60).transform((v) => v?.toLowerCase() ?? null),
    valueLow: optionalNumber,
    valueHigh: optionalNumber,
    qualifier: z
      .enum(["EXACT", "AT_LEAST", "ABOUT", "MORE_THAN", "UP_TO", "FEWER_THAN"])
      .optional()
      .or(z.literal("").transform(() => undefined))
      .transform((v) => v ?? null),
    unit: optional(30),
    asOf: optionalDate,
    eventLabel: optional(200),
    eventDate: optionalDate,
    eventPlace: optional(120),
  })
  .transform((v) => ({ ...v, valueHigh: v.valueHigh ?? v.valueLow }))
  .refine((v) => v.valueLow === null || v.valueHigh === null || v.valueHigh >= v.valueLow, {
    path: ["valueHigh"],
    message: "The upper bound is below the lower bound.",
  });

export const ClaimFieldsSchema = z.object({
  statement: z
    .string()
    .trim()
    .min(5, "Write the claim in at least 5 characters.")
    .max(1000, "Use at most 1,000 characters."),
  claimant: optional(200),
  claimDate: optionalDate,
});

export const DeleteClaimInputSchema = z.object({ claimId: z.string().min(1), correctionNote: optionalNote });
export type DeleteClaimInput = WithOptionalNotes<z.infer<typeof DeleteClaimInputSchema>>;

export const CreateClaimInputSchema = z
  .object({
    annotationId: z.string().min(1),
    /** record the new claim as related to another (the "record a relation" choice when a passage differs from a claim) */
    relation: ClaimRelationFieldsSchema.optional(),
  })
  .and(ClaimFieldsSchema)
  .and(ClaimValueSchema);
export type CreateClaimInput = z.infer<typeof CreateClaimInputSchema>;

export const UpdateClaimInputSchema = z
  .object({ claimId: z.string().min(1), correctionNote: optionalNote })
  .and(ClaimFieldsSchema)
  .and(ClaimValueSchema);
export type UpdateClaimInput = WithOptionalNotes<z.infer<typeof UpdateClaimInputSchema>>;

export const LinkAppearanceInputSchema = z.object({
  claimId: z.string().min(1),
  annotationId: z.string().min(1),
  /** "same claim despite the difference": required when the passage differs from the claim */
  differenceNote: optionalNote,
});

export const UnlinkAppearanceInputSchema = z.object({
  claimId: z.string().min(1),
  annotationId: z.string().min(1),
  correctionNote: optionalNote,
});
export type UnlinkAppearanceInput = WithOptionalNotes<z.infer<typeof UnlinkAppearanceInputSchema>>;
export type LinkAppearanceInput = WithOptionalNotes<z.infer<typeof LinkAppearanceInputSchema>>;

export const AssignClaimInputSchema = z.object({
  claimId: z.string().min(1),
  editorId: z
    .string()
    .optional()
    .transform((v) => v || null),
  reviewerId: z
    .string()
    .optional()
    .transform((v) => v || null),
});
export type AssignClaimInput = z.infer<typeof AssignClaimInputSchema>;
