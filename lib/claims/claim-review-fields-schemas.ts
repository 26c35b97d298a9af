import { z } from "zod";
import { optionalIsoDate } from "@/lib/validation/date-field";
import { CorrectionNoteSchema } from "@/lib/corrections/schemas";

/** Google shows claimReviewed up to 75 characters: the short form is for statements longer than that. */
export const CLAIM_REVIEWED_MAX = 75;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullable()
    .optional()
    .transform((v) => v || null);

/**
 * The fields of a claim that only its ClaimReview markup and public page use,
 * as the preflight edits them: every field is sent, blank clears it.
 */
export const UpdateClaimReviewFieldsInputSchema = z
  .object({
    claimId: z.string().min(1),
    shortStatement: optionalText(CLAIM_REVIEWED_MAX, "Use at most 75 characters: that is what search results show."),
    claimant: optionalText(200, "Use at most 200 characters."),
    claimDate: z.union([optionalIsoDate, z.null().transform(() => null)]),
    firstAppearanceUrl: z
      .string()
      .trim()
      .max(2048, "The address is too long.")
      .nullable()
      .optional()
      .transform((v) => v || null)
      .pipe(z.url({ protocol: /^https?$/, error: "Enter an http or https address." }).nullable()),
    /** needed when the short form of a claim a published report shows changes (the published record) */
    correctionNote: CorrectionNoteSchema,
  })
  .strict();
export type UpdateClaimReviewFieldsInput = Omit<
  z.infer<typeof UpdateClaimReviewFieldsInputSchema>,
  "correctionNote"
> & { correctionNote?: string | null };
