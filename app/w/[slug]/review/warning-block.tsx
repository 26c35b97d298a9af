import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ClaimAppearanceWarning } from "@/lib/claims/appearances/find-appearance-warnings";
import { ChangeSummary } from "@/app/_components/claims/change-summary";
import { Differences } from "@/app/_components/claims/differences";
import { WarningBadge, warningLabel } from "@/app/_components/claims/warning-badge";
import { quoted } from "@/app/_components/claims/quoted";

/**
 * A queue item's appearance warnings, before anything else about it: which
 * passage, what differs (the word diff) or what a new version changed, and the
 * editor's note. Approving needs them acknowledged (the review form's checkbox).
 */
export function WarningBlock({ slug, id, warnings }: { slug: string; id: string; warnings: ClaimAppearanceWarning[] }) {
  const t = useTranslations("review.warningBlock");
  const tc = useTranslations("common.claims");
  return (
    <section className="warning-block" aria-labelledby={`${id}-heading`} id={id}>
      <h3 id={`${id}-heading`}>
        <span aria-hidden="true">⚠ </span>
        {t("heading", { count: warnings.length })}
      </h3>
      <ul>
        {warnings.map((w) => (
          <li key={w.appearanceId}>
            <p className="appearance-badges">
              {t.rich("in", {
                article: w.articleTitle,
                badge: () => <WarningBadge label={warningLabel(w, tc)} />,
                link: (chunks) => (
                  <Link href={`/w/${slug}/articles/${w.articleId}?annotation=${w.annotationId}`}>{chunks}</Link>
                ),
              })}
            </p>
            <blockquote className="appearance">{quoted(w.exact)}</blockquote>
            {w.kind === "changed" && w.change ? (
              <ChangeSummary change={w.change} />
            ) : (
              <Differences differences={w.differences} />
            )}
            {w.differenceNote && (
              <p className="difference-note">
                {t.rich("editorNote", { note: w.differenceNote, strong: (chunks) => <strong>{chunks}</strong> })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
