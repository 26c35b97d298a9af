import type { AppearanceWarning } from "@/lib/claims/appearances/stored-appearance";
import { DIFFERENCE_LABELS } from "./differences";

/** "Appearance changed", or the differences' labels ("Altered quote", "Other figure"). */
export function warningLabel(warning: Pick<AppearanceWarning, "kind" | "differences">): string {
  if (warning.kind === "changed") return "Appearance changed";
  const labels = [...new Set(warning.differences.map((d) => DIFFERENCE_LABELS[d.kind]))];
  return labels.length > 0 ? labels.join(" · ") : "Differs from the claim";
}

/** A warning badge: an icon and words (never colour alone); `acknowledged` for one a reviewer has read. */
export function WarningBadge({ label, acknowledged = false }: { label: string; acknowledged?: boolean }) {
  return (
    <span className={`badge ${acknowledged ? "warning-acknowledged" : "warning"}`}>
      <span aria-hidden="true">{acknowledged ? "✓ " : "⚠ "}</span>
      {label}
      {acknowledged && " (acknowledged)"}
    </span>
  );
}
