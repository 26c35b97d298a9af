import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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
import { findSourceMarks } from "@/lib/sources/find-source-marks";

/** The tab names the claim (a small query; the page itself loads much more). */
export async function generateMetadata({
  params,
}: {
  params: Promise<{ slug: string; claimId: string }>;
}): Promise<Metadata> {
  const { slug, claimId } = await params;
  const [statement, t] = await Promise.all([
    claimTabTitle(await pageActor(slug), claimId),
    getTranslations("claims.claim"),
  ]);
  return { title: statement ? t("tabTitleNamed", { statement }) : t("tabTitle") };
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
    can(actor, "report.exportInternal") ? findPendingCorrections(actor, { claimId: claim.id }) : Promise.resolve(null),
  ]);
  const [t, locale] = await Promise.all([getTranslations("claims.claim"), getLocale()]);
  const canEdit = can(actor, "claim.update");
  const warnings = claim.appearances.flatMap((a) => (a.warning ? [`${a.articleTitle}: ${a.warning.summary}`] : []));
  const value = formatClaimValue(claim.value, locale, (qualifier, number) =>
    t("qualified", { qualifier: qualifier ?? "NONE", number }),
  );
  const event = [claim.event.label, claim.event.date && formatCalendarDay(claim.event.date), claim.event.place]
    .filter(Boolean)
    .join(" · ");
  // the preserved copy and health of each cited source (lib/sources)
  const sourceMarks = await findSourceMarks(
    actor,
    claim.verdicts.flatMap((v) => v.revisions[0]?.evidence.map((e) => e.url) ?? []),
  );
  return (
    <>
      <p style={{ margin: 0 }}>
        <Link href={`/w/${slug}/claims`}>{t("backToClaims")}</Link>
      </p>
      <h1>{claim.statement}</h1>
      <LiveUpdates slug={slug} topics={[`claim:${claim.id}`]} />
      <p className="article-meta">
        {[
          claim.claimant && t("claimedBy", { claimant: claim.claimant }),
          claim.claimDate && formatCalendarDay(claim.claimDate),
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {pendingCorrections && pendingCorrections.total > 0 && (
        <section className="alert warning" aria-labelledby="claim-pending-heading">
          <h2 id="claim-pending-heading" style={{ fontSize: "1.05rem" }}>
            {t("pendingHeading")}
          </h2>
          <p>{t("pendingBody")}</p>
          <PendingCorrectionList slug={slug} pending={pendingCorrections} showReport />
        </section>
      )}
      {(value || event) && (
        <dl className="card" style={{ display: "grid", gridTemplateColumns: "max-content 1fr", gap: "0.25rem 1rem" }}>
          {value && (
            <>
              <dt>
                <strong>{t("value")}</strong>
              </dt>
              <dd style={{ margin: 0 }}>
                {value}
                {claim.value.asOf && <> {t("asOf", { date: formatCalendarDay(claim.value.asOf) })}</>}
              </dd>
            </>
          )}
          {event && (
            <>
              <dt>
                <strong>{t("event")}</strong>
              </dt>
              <dd style={{ margin: 0 }}>{event}</dd>
            </>
          )}
        </dl>
      )}
      {canEdit && (
        <ClaimDetailsForm
          slug={slug}
          claim={{
            id: claim.id,
            statement: claim.statement,
            claimant: claim.claimant,
            claimDate: claim.claimDate,
            value: claim.value,
            event: claim.event,
          }}
          // ClaimDto has no workspaceId (it is also the API's claim); getClaim loaded the claim through claimScope
          // eslint-disable-next-line factdesk/workspace-scope -- until the DTO carries its workspace or a canDelete flag
          canDelete={can(actor, "claim.delete", { workspaceId: actor.workspaceId, authorId: claim.createdById })}
        />
      )}
      <section className="card" aria-labelledby="appearances-heading">
        <h2 id="appearances-heading" tabIndex={-1}>
          {t("appearancesHeading", { count: claim.appearances.length })}
        </h2>
        {warnings.length > 0 && (
          <p className="alert warning" role="note">
            {t.rich("warningsNote", { count: warnings.length, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
        )}
        {claim.appearances.length === 0 && <p className="muted">{t("noAppearances")}</p>}
        <ul className="appearance-list">
          {claim.appearances.map((a) => (
            <AppearanceItem
              key={a.annotationId}
              slug={slug}
              claimId={claim.id}
              appearance={a}
              canUnlink={canEdit}
              headingId="appearances-heading"
            />
          ))}
        </ul>
      </section>
      <RelationsSection slug={slug} claimId={claim.id} relations={claim.relations} canEdit={canEdit} />
      {suggestions && (
        <section className="card" aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading">{t("suggestionsHeading")}</h2>
          <SuggestedAppearances
            slug={slug}
            claimId={claim.id}
            suggestions={suggestions}
            headingId="suggestions-heading"
          />
        </section>
      )}
      {can(actor, "claim.assign") && (
        <section className="card" aria-label={t("assignment")}>
          <AssignForm
            slug={slug}
            claimId={claim.id}
            members={members}
            editorId={claim.assignedEditorId}
            reviewerId={claim.assignedReviewerId}
          />
        </section>
      )}
      <h2>{t("verdictsHeading")}</h2>
      {publishedIn.length > 0 && can(actor, "verdict.draft") && (
        <p className="correction-note" role="note">
          {t("inPublishedReports", { count: publishedIn.length })}{" "}
          {publishedIn.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ", "}
              <Link href={`/w/${slug}/reports/${r.id}`}>{r.title}</Link>
            </span>
          ))}
          . {t("correctionNeeded")}
        </p>
      )}
      {claim.verdicts.length === 0 && (
        <p className="muted">{can(actor, "verdict.draft") ? t("noVerdictYet") : t("noApprovedVerdictYet")}</p>
      )}
      {claim.verdicts.map((v) => (
        <VerdictCard
          key={v.id}
          slug={slug}
          verdict={v}
          levels={levels}
          viewerId={actor.userId}
          canReview={can(actor, "verdict.review")}
          inPublishedReport={publishedIn.length > 0}
          warnings={warnings}
          sources={sourceMarks}
        />
      ))}
      {can(actor, "verdict.draft") && <NewVerdict slug={slug} claimId={claim.id} levels={levels} />}
    </>
  );
}
