import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PendingCorrectionPage } from "@/lib/reports/find-pending-corrections";
import { LocalTime } from "@/app/_components/time/local-time";

/**
 * Changes that reached published reports without a note (a new article
 * version changed a figure or a quote they show), the oldest page of them.
 * On a report page: its reasons, and how many more wait after the page; on a
 * claim page (`showReport`): which report each concerns.
 */
export function PendingCorrectionList({
  slug,
  pending,
  showReport = false,
  showClaim = false,
}: {
  slug: string;
  pending: PendingCorrectionPage;
  showReport?: boolean;
  showClaim?: boolean;
}) {
  const t = useTranslations("reports.pending");
  const more = pending.total - pending.items.length;
  return (
    <>
      <ul className="pending-corrections">
        {pending.items.map((p) => (
          <li key={p.id}>
            {showReport && (
              <>
                <Link href={`/w/${slug}/reports/${p.reportId}`}>{p.reportTitle}</Link>:{" "}
              </>
            )}
            {showClaim && (
              <>
                <Link href={`/w/${slug}/claims/${p.claimId}`}>{p.claimStatement}</Link> —{" "}
              </>
            )}
            {p.reason}{" "}
            <span className="muted">
              {t.rich("since", { date: () => <LocalTime date={p.createdAt} style="day" /> })}
            </span>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="muted">{t(showReport ? "moreOnClaim" : "moreOnReport", { more })}</p>}
    </>
  );
}
