import { z } from "zod";
import { optionalIsoDate } from "@/lib/validation/date-field";
import { CorrectionNoteSchema } from "@/lib/corrections/schemas";

export const EvidenceInputSchema = z.object({
  url: z
    .string()
    .trim()
    .url("Enter the source's address (http or https).")
    .refine((v) => /^https?:/i.test(v), "Use an http(s) address.")
    .max(2000),
  title: z.string().trim().min(1, "Give the source a title.").max(300),
  quote: z
    .string()
    .trim()
    .max(5000)
    .optional()
    .transform((v) => v || null),
  accessedAt: optionalIsoDate,
  isPrimary: z.boolean().default(false),
});
export type EvidenceInput = z.infer<typeof EvidenceInputSchema>;

const VerdictContentSchema = z.object({
  ratingKey: z.string().min(1, "Choose a rating."),
  summary: z.string().trim().min(10, "Explain the verdict in at least 10 characters.").max(10_000),
  evidence: z.array(EvidenceInputSchema).max(50, "At most 50 evidence items.").default([]),
});

export const CreateVerdictInputSchema = z.object({ claimId: z.string().min(1) }).and(VerdictContentSchema);
export type CreateVerdictInput = z.infer<typeof CreateVerdictInputSchema>;

const Versioned = z.object({ verdictId: z.string().min(1), lockVersion: z.coerce.number().int().positive() });

/** Needed only while the claim is in a published report and the change alters what it shows (lib/verdicts/require-correction-note.ts). */
const Correction = z.object({ correctionNote: CorrectionNoteSchema });

export const ReviseVerdictInputSchema = Versioned.and(VerdictContentSchema).and(Correction);
export type ReviseVerdictInput = z.infer<typeof ReviseVerdictInputSchema>;

export const VerdictStepInputSchema = Versioned;
export type VerdictStepInput = z.infer<typeof VerdictStepInputSchema>;

export const ReviewVerdictInputSchema = Versioned.and(
  z.object({
    decision: z.enum(["APPROVE", "REJECT", "REQUEST_CHANGES"], { message: "Choose a decision." }),
    reason: z
      .string()
      .trim()
      .max(5000)
      .optional()
      .transform((v) => v || null),
    /** an approval acknowledges the claim's appearance warnings (altered passage, changed figure); required while it has any */
    acknowledgeWarnings: z
      .union([z.boolean(), z.enum(["on", "true", "false"])])
      .optional()
      .transform((v) => v === true || v === "on" || v === "true"),
  }),
).and(Correction);
export type ReviewVerdictInput = z.infer<typeof ReviewVerdictInputSchema>;
