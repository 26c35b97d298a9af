import { useTranslations } from "next-intl";
import type { AppearanceWarning } from "@/lib/claims/appearances/stored-appearance";

type ClaimsTranslator = ReturnType<typeof useTranslations<"common.claims">>;

/** "Appearance changed", or the differences' labels ("Altered quote", "Other figure"), in the viewer's language (`t`: useTranslations("common.claims")). */
export function warningLabel(warning: Pick<AppearanceWarning, "kind" | "differences">, t: ClaimsTranslator): string {
  if (warning.kind === "changed") return t("appearanceChanged");
  return differenceLabels(warning.differences, t) || t("differsFromClaim");
}

/** The kinds of difference, each named once: "Altered quote · Other figure". */
export function differenceLabels(
  differences: Pick<AppearanceWarning, "differences">["differences"],
  t: ClaimsTranslator,
): string {
  return [...new Set(differences.map((d) => t(`differenceKind.${d.kind}`)))].join(" · ");
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
