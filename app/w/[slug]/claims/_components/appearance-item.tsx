import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AppearanceDto } from "@/lib/claims/get-claim";
import { ChangeSummary } from "@/app/_components/claims/change-summary";
import { Differences } from "@/app/_components/claims/differences";
import { ExtractionSummary } from "@/app/_components/claims/extraction-summary";
import { differenceLabels, WarningBadge, warningLabel } from "@/app/_components/claims/warning-badge";
import { UnlinkAppearance } from "./unlink-appearance";

/**
 * One appearance on a claim page: the passage in context, what it states, its
 * warning (altered quote, other figure, changed by a new version) with the
 * word diff, the editor's note, and, for editors, Unlink.
 */
export function AppearanceItem({
  slug,
  claimId,
  appearance: a,
  canUnlink,
  headingId,
}: {
  slug: string;
  claimId: string;
  appearance: AppearanceDto;
  canUnlink: boolean;
  headingId: string;
}) {
  const t = useTranslations("claims.appearanceItem");
  const tc = useTranslations("common.claims");
  const acknowledgedDifferences = !a.warning && a.differences.length > 0;
  const acknowledgedChange = !a.warning && a.change !== null;
  return (
    <li className={`appearance-item${a.warning ? " has-warning" : ""}`} aria-labelledby={`appearance-${a.id}-source`}>
      <figure style={{ margin: 0 }}>
        <blockquote className="appearance">
          …{a.prefix}
          <mark>{a.exact}</mark>
          {a.suffix}…
        </blockquote>
        <figcaption id={`appearance-${a.id}-source`}>
          <Link href={`/w/${slug}/articles/${a.articleId}?annotation=${a.annotationId}`}>{a.articleTitle}</Link>
          {a.outlet && <span className="muted"> · {a.outlet}</span>}
        </figcaption>
      </figure>
      {(a.warning || acknowledgedDifferences || acknowledgedChange) && (
        <div
          className="appearance-warning"
          role={a.warning ? "note" : undefined}
          aria-label={a.warning ? t("warning", { label: warningLabel(a.warning, tc) }) : undefined}
        >
          <p className="appearance-badges">
            {a.warning && <WarningBadge label={warningLabel(a.warning, tc)} />}
            {acknowledgedDifferences && <WarningBadge acknowledged label={differenceLabels(a.differences, tc)} />}
            {acknowledgedChange && <WarningBadge acknowledged label={t("changed")} />}
          </p>
          <Differences differences={a.differences} />
          {a.change && <ChangeSummary change={a.change} />}
          {a.differenceNote && (
            <p className="difference-note">
              {t.rich("editorNote", { note: a.differenceNote, strong: (chunks) => <strong>{chunks}</strong> })}
            </p>
          )}
        </div>
      )}
      <ExtractionSummary extraction={a.extraction} />
      {canUnlink && (
        <div className="row-actions">
          <UnlinkAppearance
            slug={slug}
            claimId={claimId}
            annotationId={a.annotationId}
            articleTitle={a.articleTitle}
            headingId={headingId}
          />
        </div>
      )}
    </li>
  );
}
