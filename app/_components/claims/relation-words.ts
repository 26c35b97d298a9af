import type { ClaimRelationDto } from "@/lib/claims/relations/find-claim-relations";

type Kind = ClaimRelationDto["kind"];

/** The relation kinds an editor chooses from, as a sentence about "this claim". */
export const RELATION_KIND_OPTIONS: { value: Kind; label: string }[] = [
  { value: "MISQUOTES", label: "misquotes" },
  { value: "CONTRADICTS", label: "contradicts" },
  { value: "UPDATES", label: "updates (a later figure; the other is superseded)" },
  { value: "TRANSLATION_OF", label: "is a translation of" },
];

const OUTGOING: Record<Kind, string> = {
  MISQUOTES: "This claim misquotes",
  CONTRADICTS: "This claim contradicts",
  UPDATES: "This claim updates (supersedes)",
  TRANSLATION_OF: "Translation of",
};
const INCOMING: Record<Kind, string> = {
  MISQUOTES: "Misquoted by",
  CONTRADICTS: "Contradicted by",
  UPDATES: "Superseded by",
  TRANSLATION_OF: "Translated as",
};

/** "This claim misquotes", "Superseded by"…: the words before the other claim, from this claim's side (English; translated: relationWordsKey). */
export function relationWords(relation: Pick<ClaimRelationDto, "kind" | "direction">): string {
  return (relation.direction === "outgoing" ? OUTGOING : INCOMING)[relation.kind];
}

/** The same words as a key of the `common.claims` messages: `t(relationWordsKey(r))` with useTranslations("common.claims"). */
export function relationWordsKey(relation: Pick<ClaimRelationDto, "kind" | "direction">) {
  return `${relation.direction === "outgoing" ? "relationOutgoing" : "relationIncoming"}.${relation.kind}` as const;
}

/** RELATION_KIND_OPTIONS' labels as keys of `common.claims`: `t(relationOptionKey(kind))`. */
export function relationOptionKey(kind: Kind) {
  return `relationOption.${kind}` as const;
}
