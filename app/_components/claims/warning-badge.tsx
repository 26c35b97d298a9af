import { useTranslations } from "next-intl";
import type { AppearanceWarning } from "@/lib/claims/appearances/stored-appearance";
import { DIFFERENCE_LABELS } from "./differences";

type ClaimsTranslator = ReturnType<typeof useTranslations<"common.claims">>;

/**
 * "Appearance changed", or the differences' labels ("Altered quote", "Other figure").
 * With `t` (useTranslations / getTranslations("common.claims")) in the viewer's language; without, in English.
 */
export function warningLabel(warning: Pick<AppearanceWarning, "kind" | "differences">, t?: ClaimsTranslator): string {
  if (warning.kind === "changed") return t ? t("appearanceChanged") : "Appearance changed"; // i18n-exempt: English fallback for callers without a translator
  const labels = [...new Set(warning.differences.map((d) => (t ? t(`differenceKind.${d.kind}`) : DIFFERENCE_LABELS[d.kind])))];
  return labels.length > 0 ? labels.join(" · ") : t ? t("differsFromClaim") : "Differs from the claim"; // i18n-exempt: English fallback for callers without a translator
}

/** A warning badge: an icon and words (never colour alone); `acknowledged` for one a reviewer has read. */
export function WarningBadge({ label, acknowledged = false }: { label: string; acknowledged?: boolean }) {
  const t = useTranslations("common.claims");
  return (
    <span className={`badge ${acknowledged ? "warning-acknowledged" : "warning"}`}>
      <span aria-hidden="true">{acknowledged ? "✓ " : "⚠ "}</span>
      {label}
      {acknowledged && t("acknowledged")}
    </span>
  );
}
