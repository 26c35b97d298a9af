import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-actor";
import { LiveUpdates } from "@/app/_components/live/live-updates";
import { EmptyState } from "@/app/_components/empty-state";
import { findReviewQueue } from "@/lib/verdicts/find-review-queue";
import { findMyReviewedVerdicts, MY_REVIEWED_VERDICTS_PAGE_SIZE } from "@/lib/verdicts/find-my-reviewed-verdicts";
import { firstValues } from "@/lib/paging/list-query";
import { can } from "@/lib/policy/policy";
import { ListControls } from "@/app/_components/paging/list-controls";
import { Pager } from "@/app/_components/paging/pager";
import { describeList, loadListPage } from "@/app/_components/paging/load-list-page";
import { parseReviewQueueQuery, REVIEW_QUEUE_SORTS } from "@/lib/verdicts/review-queue-query";
import { ReviewQueue } from "../review-queue";
import { findSourceMarks } from "@/lib/sources/find-source-marks";
import { labelKey } from "@/lib/i18n/labels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review.page"))("title") };
}

/** ReviewQueue moves the focus here after the last decision (a client module's constant would not reach this server page) */
const QUEUE_EMPTY_ID = "review-queue-empty";

const SORTS = Object.keys(REVIEW_QUEUE_SORTS) as (keyof typeof REVIEW_QUEUE_SORTS)[];

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const search = await searchParams;
  const query = parseReviewQueueQuery(search);
  // the reviewed verdicts below the queue page on their own cursor, so paging one list keeps the other's place
  const mineCursor = firstValues(search).mine || undefined;
  const actor = await pageActor(slug);
  // the review decisions are worded where verdicts are shown (claims), for both pages
  const [t, labels, claims] = await Promise.all([
    getTranslations("review.page"),
    getTranslations("labels"),
    getTranslations("claims.verdictCard"),
  ]);
  if (!can(actor, "verdict.readUnapproved")) {
    return (
      <>
        <h1>{t("title")}</h1>
        <EmptyState title={t("viewerTitle")}>
          <p>{t("viewerBody")}</p>
        </EmptyState>
      </>
    );
  }
  const [queue, mine] = await Promise.all([
    loadListPage(findReviewQueue(actor, query)),
    loadListPage(findMyReviewedVerdicts(actor, { cursor: mineCursor, pageSize: MY_REVIEWED_VERDICTS_PAGE_SIZE })),
  ]);
  const canReview = can(actor, "verdict.review");
  // the preserved copy and health of each cited source (lib/sources)
  const sourceMarks = await findSourceMarks(
    actor,
    queue.items.flatMap((item) => item.verdict.revisions[0]?.evidence.map((e) => e.url) ?? []),
  );
  const base = `/w/${slug}/review`;
  const listParams = {
    sort: query.sort === "oldest" ? undefined : query.sort,
    assigned: query.assigned,
    mine: mineCursor,
  };
  const mineParams = { ...listParams, cursor: query.cursor, mine: undefined };
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
        {canReview && queue.items.length > 0 && (
          <p className="muted" style={{ margin: 0 }}>
            {t.rich("keys", { kbd: (chunks) => <kbd>{chunks}</kbd> })}
          </p>
        )}
      </div>
      <LiveUpdates slug={slug} topics={["review"]} />
      <ListControls
        base={base}
        label={t("controlsLabel")}
        fields={[
          {
            kind: "select",
            name: "sort",
            label: t("sortBy"),
            value: query.sort,
            options: SORTS.map((value) => ({ value, label: t(`sort.${value}`) })),
          },
          {
            kind: "select",
            name: "assigned",
            label: t("show"),
            value: query.assigned,
            options: [
              { value: "", label: t("allWaiting") },
              { value: "me", label: t("assignedToMe") },
            ],
          },
        ]}
      />
      {queue.items.length === 0 && !query.cursor && !query.assigned ? (
        <EmptyState title={t("emptyTitle")} headingId={QUEUE_EMPTY_ID}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : queue.items.length === 0 ? (
        <p className="muted" id={QUEUE_EMPTY_ID}>
          {t("noneAssigned")}
        </p>
      ) : (
        <>
          <p className="list-summary" id="queue-summary">
            {t("summary", {
              description: describeList(t(`sort.${query.sort}`), [query.assigned && t("filterAssignedToMe")]),
            })}
          </p>
          <ReviewQueue slug={slug} items={queue.items} canReview={canReview} sources={sourceMarks} />
        </>
      )}
      <Pager
        base={base}
        params={listParams}
        cursor={query.cursor}
        previousCursor={queue.previousCursor}
        nextCursor={queue.nextCursor}
        noun={t("pagerNoun")}
        label={t("pagerLabel")}
      />
      <section aria-labelledby="mine-heading" style={{ marginTop: "2rem" }}>
        <h2 id="mine-heading">{t("mineHeading")}</h2>
        {mine.items.length === 0 && !mineCursor ? (
          <p className="muted">{t("mineEmpty")}</p>
        ) : (
          <table className="data" aria-describedby="mine-summary">
            <thead>
              <tr>
                <th scope="col">{t("columns.claim")}</th>
                <th scope="col">{t("columns.status")}</th>
                <th scope="col">{t("columns.latestReview")}</th>
              </tr>
            </thead>
            <tbody>
              {mine.items.map(({ verdict, claim }) => {
                const review = verdict.reviews[0];
                return (
                  <tr key={verdict.id}>
                    <td>
                      <Link href={`/w/${slug}/claims/${claim.id}`}>{claim.statement}</Link>
                    </td>
                    <td>
                      <span className={`status ${verdict.status}`}>
                        {labels(labelKey.verdictStatus(verdict.status))}
                      </span>
                    </td>
                    <td>
                      {review &&
                        t.rich("latestReview", {
                          reviewer: review.reviewerName,
                          decision: claims(`decision.${review.decision}`),
                          number: review.revisionNumber,
                          strong: (chunks) => <strong>{chunks}</strong>,
                        })}
                      {review?.reason && ` ${t("quotedReason", { reason: review.reason })}`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {mine.total > 0 && (
          <p className="list-summary" id="mine-summary">
            {t(mine.capped ? "mineTotalCapped" : "mineTotal", { total: mine.total })}
          </p>
        )}
        <Pager
          base={base}
          params={mineParams}
          cursor={mineCursor}
          cursorParam="mine"
          previousCursor={mine.previousCursor}
          nextCursor={mine.nextCursor}
          noun={t("minePagerNoun")}
          label={t("minePagerLabel")}
        />
      </section>
    </>
  );
}
