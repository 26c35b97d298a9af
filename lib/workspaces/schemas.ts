import { z } from "zod";

export const WorkspaceSlugSchema = z
  .string()
  .trim()
  .min(2, "Use at least 2 characters.")
  .max(48, "Use at most 48 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens.");

export const CreateWorkspaceInputSchema = z.object({
  name: z.string().trim().min(2, "Use at least 2 characters.").max(80, "Use at most 80 characters."),
  slug: WorkspaceSlugSchema,
  organisationName: z.string().trim().min(2, "Use at least 2 characters.").max(120, "Use at most 120 characters."),
});
export type CreateWorkspaceInput = z.infer<typeof CreateWorkspaceInputSchema>;

export const MAX_NAME_VARIANT_GROUPS = 500;
const MAX_SPELLINGS = 20;
const MAX_SPELLING_LENGTH = 60;
/** Letters (with their accents), spaces, hyphens and apostrophes, at least one letter. */
const SPELLING = /^(?=.*\p{L})[\p{L}\p{M}' ’‐-]+$/u;
/** Field errors name at most this many groups: a pasted list of 500 bad lines needs the first few, not 500 messages. */
const MAX_REPORTED = 10;

/** "  Kyiv | Kiev  " → ["Kyiv", "Kiev"]: spellings trimmed, inner spaces single. */
export function spellingsOf(group: string): string[] {
  return group.split("|").map((s) => s.trim().replace(/\s+/g, " "));
}

/** How an error message names a group: its text, shortened ("“Kyiv|Ki3v”"), which reads the same in a form and in the API. */
export function groupLabel(group: string): string {
  const text = spellingsOf(group).join("|");
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

function groupProblem(spellings: string[]): string | null {
  if (spellings.length < 2) return "list at least two spellings, separated by “|”.";
  if (spellings.length > MAX_SPELLINGS) return `list at most ${MAX_SPELLINGS} spellings in one group.`;
  if (spellings.some((s) => s === "")) return "has an empty spelling (two “|” in a row, or one at an end).";
  const long = spellings.find((s) => s.length > MAX_SPELLING_LENGTH);
  if (long) return `“${long.slice(0, 20)}…” is longer than ${MAX_SPELLING_LENGTH} characters.`;
  const bad = spellings.find((s) => !SPELLING.test(s));
  if (bad) return `“${bad}” may contain only letters, spaces, hyphens and apostrophes.`;
  return null;
}

/**
 * A workspace's extra spelling variants for claim matching: one group per
 * entry, 2–20 spellings separated by "|", each 1–60 letters, spaces, hyphens
 * or apostrophes ("Kyiv|Kiev|Kiew"). Blank entries are dropped (a form sends
 * one line per group); each error quotes its group.
 */
export const UpdateNameVariantsInputSchema = z.object({
  groups: z
    .array(
      z
        .string({ message: "Each group is a text like Kyiv|Kiev." })
        .max(MAX_SPELLINGS * (MAX_SPELLING_LENGTH + 3), "A group is too long."),
      {
        message: "Send the groups as a list of texts.",
      },
    )
    .max(MAX_NAME_VARIANT_GROUPS * 4, `Use at most ${MAX_NAME_VARIANT_GROUPS} groups.`)
    .describe(
      `at most ${MAX_NAME_VARIANT_GROUPS} groups (blank entries are dropped), each 2–20 spellings separated by "|", e.g. "Kyiv|Kiev|Kiew"`,
    )
    .superRefine((groups, ctx) => {
      const filled = groups.filter((g) => spellingsOf(g).join("") !== "");
      if (filled.length > MAX_NAME_VARIANT_GROUPS)
        ctx.addIssue({
          code: "custom",
          message: `Use at most ${MAX_NAME_VARIANT_GROUPS} groups (there are ${filled.length}).`,
        });
      const problems = filled.flatMap((group) => {
        const problem = groupProblem(spellingsOf(group));
        return problem ? [`${groupLabel(group)}: ${problem}`] : [];
      });
      for (const message of problems.slice(0, MAX_REPORTED)) ctx.addIssue({ code: "custom", message });
      if (problems.length > MAX_REPORTED)
        ctx.addIssue({ code: "custom", message: `…and ${problems.length - MAX_REPORTED} more groups to correct.` });
    })
    .transform((groups) =>
      groups
        .map((g) => spellingsOf(g))
        .filter((s) => s.join("") !== "")
        .map((s) => s.join("|")),
    ),
});
export type UpdateNameVariantsInput = z.infer<typeof UpdateNameVariantsInputSchema>;
