import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SourceMark } from "@/lib/sources/find-source-marks";

/**
 * Beside a cited source in an evidence list: "Preserved <date>" linking to the
 * stored copy, and a badge when the original has gone dead or changed.
 * Renders nothing for a source without a preservation row.
 */
export function SourceMarkView({ slug, mark, title }: { slug: string; mark: SourceMark | undefined; title: string }) {
  const t = useTranslations("sources.mark");
  if (!mark) return null;
  const date = mark.fetchedAt ? new Date(mark.fetchedAt).toISOString().slice(0, 10) : null;
  return (
    <span className="source-mark">
      {" · "}
      {date ? (
        <Link href={`/w/${slug}/sources/${mark.id}`} aria-label={t("preservedLabel", { title, date })}>
          {t("preserved", { date })}
        </Link>
      ) : (
        <span className="muted">{t("pending")}</span>
      )}
      {mark.health === "DEAD" && (
        <span className="badge source-health-dead" title={t("deadTitle")} style={{ marginLeft: 6 }}>
          {t("dead")}
        </span>
      )}
      {mark.health === "CHANGED" && (
        <span className="badge source-health-changed" title={t("changedTitle")} style={{ marginLeft: 6 }}>
          {t("changed")}
        </span>
      )}
    </span>
  );
}
