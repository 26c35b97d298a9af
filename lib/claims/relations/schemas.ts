import { z } from "zod";

export const CLAIM_RELATION_KINDS = ["MISQUOTES", "CONTRADICTS", "UPDATES", "TRANSLATION_OF"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .nullish()
    .transform((v) => v || null);

/** The relation itself, from a claim's point of view: "this claim MISQUOTES that one". */
export const ClaimRelationFieldsSchema = z.object({
  kind: z.enum(CLAIM_RELATION_KINDS, { message: "Choose misquotes, contradicts, updates or translation of." }),
  toClaimId: z.string().min(1, "Choose the other claim."),
  note: optionalText(2000),
  /** TRANSLATION_OF: the language of this claim's quote (BCP 47, e.g. "de", "uk") */
  language: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "Use a language tag such as de, uk or pt-BR.")
    .nullish()
    .or(z.literal("").transform(() => null))
    .transform((v) => v || null),
  /** TRANSLATION_OF: the original-language wording, when known */
  originalWording: optionalText(2000),
});
export type ClaimRelationFields = z.infer<typeof ClaimRelationFieldsSchema>;

export const CreateClaimRelationInputSchema = ClaimRelationFieldsSchema.extend({ fromClaimId: z.string().min(1) });
export type CreateClaimRelationInput = z.infer<typeof CreateClaimRelationInputSchema>;

export const DeleteClaimRelationInputSchema = z.object({ relationId: z.string().min(1) });
export type DeleteClaimRelationInput = z.infer<typeof DeleteClaimRelationInputSchema>;
