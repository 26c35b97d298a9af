import { z } from "zod";
import { CorrectionNoteSchema } from "@/lib/corrections/schemas";
import { EvidenceInputSchema } from "@/lib/verdicts/schemas";

export const ConflictStatusFilterSchema = z.enum(["OPEN", "RESOLVED"]);
export type ConflictStatusFilter = z.infer<typeof ConflictStatusFilterSchema>;

export const ResolveConflictInputSchema = z.object({
  conflictId: z.string().min(1),
  /** A decision for every member claim: does it hold? */
  holds: z
    .array(z.object({ claimId: z.string().min(1), holds: z.boolean() }))
    .min(1, "Say which claims hold.")
    .max(100),
  /** The reasoning; also the summary of the verdict revisions the resolution writes, so as long as a verdict summary must be. */
  resolution: z
    .string()
    .trim()
    .min(10, "Explain the resolution in at least 10 characters.")
    .max(10_000, "Use at most 10,000 characters."),
  evidence: z.array(EvidenceInputSchema).max(50, "At most 50 evidence items.").default([]),
  /** Optional: a rating per member claim, written as the resolver's own verdict and submitted for review. */
  ratings: z
    .array(z.object({ claimId: z.string().min(1), ratingKey: z.string().min(1) }))
    .max(100)
    .default([]),
  /** Needed when a rating revises the resolver's approved verdict on a claim of a published report. */
  correctionNote: CorrectionNoteSchema,
});
export type ResolveConflictInput = z.infer<typeof ResolveConflictInputSchema>;

export const ReopenConflictInputSchema = z.object({
  conflictId: z.string().min(1),
  reason: z
    .string()
    .trim()
    .max(5000)
    .optional()
    .transform((v) => v || null),
});
export type ReopenConflictInput = z.infer<typeof ReopenConflictInputSchema>;
