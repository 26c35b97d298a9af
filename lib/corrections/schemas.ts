import { z } from "zod";

/**
 * A correction note, required while a change reaches a published report: a verdict's claim in one
 * (lib/verdicts/require-correction-note.ts) or any other change to what it shows (require-published-change-note.ts).
 */
export const CorrectionNoteSchema = z
  .string()
  .trim()
  .max(2000, "A correction note has at most 2,000 characters.")
  .optional()
  .nullable()
  .transform((v) => v || null);
