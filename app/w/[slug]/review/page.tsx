import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-actor";
import { LiveUpdates } from "@/app/_components/live/live-updates";
import { EmptyState } from "@/app/_components/empty-state";
import { findReviewQueue } from "@/lib/verdicts/find-review-queue";
import { findMyReviewedVerdicts } from "@/lib/verdicts/find-my-reviewed-verdicts";
import { can } from "@/lib/policy/policy";
import { ReviewQueue } from "./review-queue";
import { STATUS_LABELS } from "../claims/_components/verdict-card";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
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
  const [queue, mine] = await Promise.all([findReviewQueue(actor), findMyReviewedVerdicts(actor)]);
  const canReview = can(actor, "verdict.review", { workspaceId: actor.workspaceId, authorId: null });
  return (
    <>
      <div className="page-head">
        <h1>Review</h1>
        {canReview && queue.length > 0 && <p className="muted" style={{ margin: 0 }}>Keys: <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>a</kbd> approve · <kbd>r</kbd>/<kbd>c</kbd> write a reason, then reject or request changes</p>}
      </div>
      <LiveUpdates slug={slug} topics={["review"]} />
      {queue.length === 0 ? (
        <EmptyState title="Nothing to review">
          <p>Verdicts that editors submit wait here for a second person to approve, reject or send back with a reason. Nobody approves their own verdict.</p>
        </EmptyState>
      ) : (
        <ReviewQueue slug={slug} items={queue} canReview={canReview} />
      )}
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
