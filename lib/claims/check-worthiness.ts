import { findNumbers } from "@/lib/claims/find-numbers";

/**
 * Why a sentence is worth checking: it states figures, quotes someone
 * directly, or attributes a statement. Pure; an editor decides.
 */
const ATTRIBUTION = /\b(said|says|told|according to|claimed|claims|stated|announced|reported|posted|wrote|confirmed|denied|insisted|warned)\b/i;
const DIRECT_QUOTE = /[“"«„][^”"»]{8,}[”"»]/;

export function checkWorthiness(sentence: string): string[] {
  const reasons: string[] = [];
  if (findNumbers(sentence.toLowerCase()).length > 0) reasons.push("figures");
  if (DIRECT_QUOTE.test(sentence)) reasons.push("direct quote");
  if (ATTRIBUTION.test(sentence)) reasons.push("attribution");
  return reasons;
}
