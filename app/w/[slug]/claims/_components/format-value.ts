import type { ClaimDto } from "@/lib/claims/get-claim";

type ValueQualifier = NonNullable<ClaimDto["value"]["qualifier"]>;

/**
 * "killed: at least 12" — the structured value in words, or null when the claim
 * has none. `qualified` puts the qualifier's words around the number (the
 * catalogue's "claims.claim.qualified"), so each language orders them its way.
 */
export function formatClaimValue(
  value: ClaimDto["value"],
  locale: string,
  qualified: (qualifier: ValueQualifier | null, number: string) => string,
): string | null {
  if (value.valueLow === null) return null;
  const number =
    value.valueHigh !== null && value.valueHigh !== value.valueLow
      ? `${value.valueLow.toLocaleString(locale)}–${value.valueHigh.toLocaleString(locale)}`
      : value.valueLow.toLocaleString(locale);
  const words = `${qualified(value.qualifier, number)}${value.unit ? ` ${value.unit}` : ""}`;
  return value.metric ? `${value.metric}: ${words}` : words;
}
