import type { ClaimRelationDto } from "@/lib/claims/relations/find-claim-relations";

type Kind = ClaimRelationDto["kind"];

/** The relation kinds an editor chooses from, as a sentence about "this claim" (labels: relationOptionKey). */
export const RELATION_KINDS: Kind[] = ["MISQUOTES", "CONTRADICTS", "UPDATES", "TRANSLATION_OF"];

/** The words before the other claim, from this claim's side ("This claim misquotes", "Superseded by"), as a key of the `common.claims` messages: `t(relationWordsKey(r))` with useTranslations("common.claims"). */
export function relationWordsKey(relation: Pick<ClaimRelationDto, "kind" | "direction">) {
  return `${relation.direction === "outgoing" ? "relationOutgoing" : "relationIncoming"}.${relation.kind}` as const;
}

/** A relation kind's label as a key of `common.claims`: `t(relationOptionKey(kind))`. */
export function relationOptionKey(kind: Kind) {
  return `relationOption.${kind}` as const;
}
