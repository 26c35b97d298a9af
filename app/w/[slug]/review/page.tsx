import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-actor";
import { LiveUpdates } from "@/app/_components/live/live-updates";
import { EmptyState } from "@/app/_components/empty-state";
import { findReviewQueue } from "@/lib/verdicts/find-review-queue";
import { findMyReviewedVerdicts } from "@/lib/verdicts/find-my-reviewed-verdicts";
import { can } from "@/lib/policy/policy";
import { ListControls } from "@/app/_components/paging/list-controls";
import { Pager } from "@/app/_components/paging/pager";
import { describeList, loadListPage, sortOptions } from "@/app/_components/paging/load-list-page";
import { parseReviewQueueQuery, REVIEW_QUEUE_SORTS } from "@/lib/verdicts/review-queue-query";
import { ReviewQueue } from "./review-queue";
import { STATUS_LABELS } from "../claims/_components/verdict-card";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const query = parseReviewQueueQuery(await searchParams);
  const actor = await pageActor(slug);
  if (!can(actor, "verdict.readUnapproved")) {
    return (
      <>
        <h1>Review</h1>
        <EmptyState title="Reviews are for editors and reviewers">
          <p>As a viewer you see approved verdicts on the Claims page and in published reports.</p>
        </EmptyState>
      </>
    );
  }
  const [queue, mine] = await Promise.all([loadListPage(findReviewQueue(actor, query)), findMyReviewedVerdicts(actor)]);
  const canReview = can(actor, "verdict.review", { workspaceId: actor.workspaceId, authorId: null });
  const base = `/w/${slug}/review`;
  const listParams = { sort: query.sort === "oldest" ? undefined : query.sort, assigned: query.assigned };
  return (
    <>
      <div className="page-head">
        <h1>Review</h1>
        {canReview && queue.items.length > 0 && <p className="muted" style={{ margin: 0 }}>Keys: <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>a</kbd> approve · <kbd>r</kbd>/<kbd>c</kbd> write a reason, then reject or request changes</p>}
      </div>
      <LiveUpdates slug={slug} topics={["review"]} />
      <ListControls
        base={base}
        label="Sort and filter the review queue"
        fields={[
          { kind: "select", name: "sort", label: "Sort by", value: query.sort, options: sortOptions(REVIEW_QUEUE_SORTS) },
          { kind: "select", name: "assigned", label: "Show", value: query.assigned, options: [{ value: "", label: "All waiting verdicts" }, { value: "me", label: "Assigned to me" }] },
        ]}
      />
      {queue.items.length === 0 && !query.cursor && !query.assigned ? (
        <EmptyState title="Nothing to review">
          <p>Verdicts that editors submit wait here for a second person to approve, reject or send back with a reason. Nobody approves their own verdict.</p>
        </EmptyState>
      ) : queue.items.length === 0 ? (
        <p className="muted">No waiting verdicts on claims assigned to you.</p>
      ) : (
        <>
          <p className="list-summary" id="queue-summary">
            Waiting verdicts, {describeList(REVIEW_QUEUE_SORTS[query.sort].label, [query.assigned && "assigned to me"])}
          </p>
          <ReviewQueue slug={slug} items={queue.items} canReview={canReview} />
        </>
      )}
      <Pager base={base} params={listParams} cursor={query.cursor} nextCursor={queue.nextCursor} noun="waiting verdicts" />
      <section aria-labelledby="mine-heading" style={{ marginTop: "2rem" }}>
        <h2 id="mine-heading">What reviewers said about your verdicts</h2>
        {mine.length === 0 ? <p className="muted">No reviews of your verdicts yet.</p> : (
          <table className="data">
            <thead><tr><th scope="col">Claim</th><th scope="col">Status</th><th scope="col">Latest review</th></tr></thead>
            <tbody>
              {mine.map(({ verdict, claim }) => {
                const review = verdict.reviews[0];
                return (
                  <tr key={verdict.id}>
                    <td><Link href={`/w/${slug}/claims/${claim.id}`}>{claim.statement}</Link></td>
                    <td><span className={`status ${verdict.status}`}>{STATUS_LABELS[verdict.status]}</span></td>
                    <td>{review && <>{review.reviewerName}: <strong>{review.decision.replace("_", " ").toLowerCase()}</strong> (revision {review.revisionNumber}){review.reason && <> — “{review.reason}”</>}</>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
