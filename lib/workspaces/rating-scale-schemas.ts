import { z } from "zod";
import { CorrectionNoteSchema } from "@/lib/corrections/schemas";

const Level = z.object({
  /** absent for a new level: made from the label */
  key: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{0,39}$/)
    .optional(),
  label: z.string().trim().min(1, "Give every level a label.").max(60, "Use at most 60 characters."),
  ordinal: z.union([z.number().int().min(1).max(20), z.null()]),
  archived: z.boolean().default(false),
});

export const UpdateRatingScaleInputSchema = z
  .object({
    levels: z.array(Level).min(2).max(20),
    /** needed when a relabelled or archived level is the rating of a published fact-check */
    correctionNote: CorrectionNoteSchema,
  })
  .superRefine(({ levels }, ctx) => {
    const active = levels.filter((l) => !l.archived);
    if (active.length < 2)
      ctx.addIssue({ code: "custom", path: ["levels"], message: "Keep at least two levels in use." });
    const labels = active.map((l) => l.label.toLowerCase());
    if (new Set(labels).size !== labels.length)
      ctx.addIssue({ code: "custom", path: ["levels"], message: "Two levels have the same label." });
    const ordinals = active.flatMap((l) => (l.ordinal === null ? [] : [l.ordinal]));
    if (new Set(ordinals).size !== ordinals.length)
      ctx.addIssue({ code: "custom", path: ["levels"], message: "Two levels share a place on the truth scale." });
  });
export type UpdateRatingScaleInput = Omit<z.infer<typeof UpdateRatingScaleInputSchema>, "correctionNote"> & {
  correctionNote?: string | null;
};

/** "Mostly accurate" → "MOSTLY_ACCURATE": the stable key a new level gets. */
export function keyFromLabel(label: string): string {
  const key = label
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_|_$/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9_]/g, "");
  return /^[A-Z]/.test(key) ? key.slice(0, 40) : `LEVEL_${key}`.slice(0, 40);
}
