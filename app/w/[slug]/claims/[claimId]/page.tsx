import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageActor } from "@/app/_lib/page-actor";
import { LiveUpdates } from "@/app/_components/live/live-updates";
import { getClaim } from "@/lib/claims/get-claim";
import { findRatingLevels } from "@/lib/verdicts/find-rating-levels";
import { findAssignableMembers } from "@/lib/members/find-assignable-members";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy/policy";
import { VerdictCard } from "../_components/verdict-card";
import { NewVerdict } from "../_components/new-verdict";
import { AssignForm } from "../_components/assign-form";
import { formatClaimValue } from "../_components/format-value";
import { SuggestedAppearances } from "../_components/suggested-appearances";
import { findClaimSuggestions } from "@/lib/claims/find-claim-suggestions";
import { findPublishedReportsForClaim } from "@/lib/reports/find-published-reports-for-claim";
import { findPendingCorrections } from "@/lib/reports/find-pending-corrections";
import { AppearanceItem } from "../_components/appearance-item";
import { RelationsSection } from "../_components/relations-section";
import { ClaimDetailsForm } from "../_components/claim-details-form";
import { PendingCorrectionList } from "../../reports/_components/pending-corrections";
import { claimTabTitle } from "@/lib/navigation/page-titles";
import { formatCalendarDay } from "@/lib/time/format-time";

/** The tab names the claim (a small query; the page itself loads much more). */
export async function generateMetadata({ params }: { params: Promise<{ slug: string; claimId: string }> }): Promise<Metadata> {
  const { slug, claimId } = await params;
  return { title: (await claimTabTitle(await pageActor(slug), claimId)) ?? "Claim" };
}

export default async function ClaimPage({ params }: { params: Promise<{ slug: string; claimId: string }> }) {
  const { slug, claimId } = await params;
  const actor = await pageActor(slug);
  const claim = await getClaim(actor, claimId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [levels, members, suggestions, publishedIn, pendingCorrections] = await Promise.all([
    findRatingLevels(actor),
    can(actor, "claim.assign") ? findAssignableMembers(actor) : Promise.resolve([]),
    can(actor, "claim.update") ? findClaimSuggestions(actor, claim.id) : Promise.resolve(null),
    findPublishedReportsForClaim(actor, claim.id),
    can(actor, "report.exportInternal") ? findPendingCorrections(actor, { claimId: claim.id }) : Promise.resolve([]),
  ]);
  const canEdit = can(actor, "claim.update");
  const warnings = claim.appearances.flatMap((a) => (a.warning ? [`${a.articleTitle}: ${a.warning.summary}`] : []));
  const value = formatClaimValue(claim.value);
  const event = [claim.event.label, claim.event.date && formatCalendarDay(claim.event.date), claim.event.place].filter(Boolean).join(" · ");
  return (
    <>
      <p style={{ margin: 0 }}><Link href={`/w/${slug}/claims`}>← Claims</Link></p>
      <h1>{claim.statement}</h1>
      <LiveUpdates slug={slug} topics={[`claim:${claim.id}`]} />
      <p className="article-meta">
        {[claim.claimant && `Claimed by ${claim.claimant}`, claim.claimDate && formatCalendarDay(claim.claimDate)].filter(Boolean).join(" · ")}
      </p>
      {pendingCorrections.length > 0 && (
        <section className="alert warning" aria-labelledby="claim-pending-heading">
          <h2 id="claim-pending-heading" style={{ fontSize: "1.05rem" }}>A published report needs a correction</h2>
          <p>Changes to this claim’s passages reached published reports without a note. A reviewer writes the correction on the report’s page.</p>
          <PendingCorrectionList slug={slug} pending={pendingCorrections} showReport />
        </section>
      )}
      {(value || event) && (
        <dl className="card" style={{ display: "grid", gridTemplateColumns: "max-content 1fr", gap: "0.25rem 1rem" }}>
          {value && (<><dt><strong>Value</strong></dt><dd style={{ margin: 0 }}>{value}{claim.value.asOf && ` (as of ${formatCalendarDay(claim.value.asOf)})`}</dd></>)}
          {event && (<><dt><strong>Event</strong></dt><dd style={{ margin: 0 }}>{event}</dd></>)}
        </dl>
      )}
      {canEdit && <ClaimDetailsForm slug={slug} claim={{ id: claim.id, statement: claim.statement, claimant: claim.claimant, claimDate: claim.claimDate, value: claim.value, event: claim.event }} canDelete={can(actor, "claim.delete", { workspaceId: actor.workspaceId, authorId: claim.createdById })} />}
      <section className="card" aria-labelledby="appearances-heading">
        <h2 id="appearances-heading" tabIndex={-1}>Appearances ({claim.appearances.length})</h2>
        {warnings.length > 0 && (
          <p className="alert warning" role="note">
            <strong>{warnings.length === 1 ? "1 appearance has a warning" : `${warnings.length} appearances have warnings`}</strong>: a reviewer reads and acknowledges {warnings.length === 1 ? "it" : "them"} before approving a verdict.
          </p>
        )}
        {claim.appearances.length === 0 && <p className="muted">No passage states this claim any more.</p>}
        <ul className="appearance-list">
          {claim.appearances.map((a) => (
            <AppearanceItem key={a.annotationId} slug={slug} claimId={claim.id} appearance={a} canUnlink={canEdit} headingId="appearances-heading" />
          ))}
        </ul>
      </section>
      <RelationsSection slug={slug} claimId={claim.id} relations={claim.relations} canEdit={canEdit} />
      {suggestions && (
        <section className="card" aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading">Possibly the same claim elsewhere</h2>
          <SuggestedAppearances slug={slug} claimId={claim.id} suggestions={suggestions} headingId="suggestions-heading" />
        </section>
      )}
      {can(actor, "claim.assign") && (
        <section className="card" aria-label="Assignment"><AssignForm slug={slug} claimId={claim.id} members={members} editorId={claim.assignedEditorId} reviewerId={claim.assignedReviewerId} /></section>
      )}
      <h2>Verdicts</h2>
      {publishedIn.length > 0 && can(actor, "verdict.draft") && (
        <p className="correction-note" role="note">
          This claim is in {publishedIn.length === 1 ? "a published report" : `${publishedIn.length} published reports`}:{" "}
          {publishedIn.map((r, i) => <span key={r.id}>{i > 0 && ", "}<Link href={`/w/${slug}/reports/${r.id}`}>{r.title}</Link></span>)}. Approving a verdict or editing an approved one needs a correction note, which the public report lists with its date.
        </p>
      )}
      {claim.verdicts.length === 0 && <p className="muted">No verdict yet{can(actor, "verdict.draft") ? "." : " has been approved."}</p>}
      {claim.verdicts.map((v) => (
        <VerdictCard key={v.id} slug={slug} verdict={v} levels={levels} viewerId={actor.userId} canReview={can(actor, "verdict.review", { workspaceId: actor.workspaceId, authorId: null })} inPublishedReport={publishedIn.length > 0} warnings={warnings} />
      ))}
      {can(actor, "verdict.draft") && <NewVerdict slug={slug} claimId={claim.id} levels={levels} />}
    </>
  );
}
