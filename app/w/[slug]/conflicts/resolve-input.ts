/**
 * The resolve form's fields as the shape ResolveConflictInputSchema parses:
 * one hidden `member` per claim, a `holds:<claimId>` checkbox and an optional
 * `rating:<claimId>` select per claim, `resolution`, evidence items
 * `evidence.<n>.url|title|quote` (an item left entirely blank is dropped), and
 * `correctionNote` (needed when a rating changes a published report).
 * Validation is the schema's job; this only reshapes.
 */
export function resolveInputFromForm(conflictId: string, form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  const members = form.getAll("member").filter((v): v is string => typeof v === "string");
  const evidence = [0, 1, 2]
    .map((n) => ({
      url: text(`evidence.${n}.url`),
      title: text(`evidence.${n}.title`),
      quote: text(`evidence.${n}.quote`),
    }))
    .filter((e) => e.url || e.title || e.quote);
  return {
    conflictId,
    holds: members.map((claimId) => ({ claimId, holds: form.get(`holds:${claimId}`) === "on" })),
    resolution: text("resolution"),
    evidence,
    ratings: members.flatMap((claimId) =>
      text(`rating:${claimId}`) ? [{ claimId, ratingKey: text(`rating:${claimId}`) }] : [],
    ),
    correctionNote: text("correctionNote"),
  };
}
