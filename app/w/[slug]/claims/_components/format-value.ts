import type { ClaimDto } from "@/lib/claims/get-claim";

const QUALIFIER_WORDS = { EXACT: "", AT_LEAST: "at least ", ABOUT: "about ", MORE_THAN: "more than ", UP_TO: "up to ", FEWER_THAN: "fewer than " } as const;

/** "killed: at least 12" — the structured value in words, or null when the claim has none. */
export function formatClaimValue(value: ClaimDto["value"]): string | null {
  if (value.valueLow === null) return null;
  const number = value.valueHigh !== null && value.valueHigh !== value.valueLow ? `${value.valueLow.toLocaleString("en")}–${value.valueHigh.toLocaleString("en")}` : value.valueLow.toLocaleString("en");
  const words = `${value.qualifier ? QUALIFIER_WORDS[value.qualifier] : ""}${number}${value.unit ? ` ${value.unit}` : ""}`;
  return value.metric ? `${value.metric}: ${words}` : words;
}
