import Link from "next/link";
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
  return (
    <section className="warning-block" aria-labelledby={`${id}-heading`} id={id}>
      <h3 id={`${id}-heading`}>
        <span aria-hidden="true">⚠ </span>
        {warnings.length === 1 ? "1 appearance warning" : `${warnings.length} appearance warnings`}: read before approving
      </h3>
      <ul>
        {warnings.map((w) => (
          <li key={w.appearanceId}>
            <p className="appearance-badges">
              <WarningBadge label={warningLabel(w)} /> in <Link href={`/w/${slug}/articles/${w.articleId}?annotation=${w.annotationId}`}>{w.articleTitle}</Link>
            </p>
            <blockquote className="appearance">{quoted(w.exact)}</blockquote>
            {w.kind === "changed" && w.change ? <ChangeSummary change={w.change} /> : <Differences differences={w.differences} />}
            {w.differenceNote && (
              <p className="difference-note">
                <strong>Editor’s note:</strong> {w.differenceNote}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
