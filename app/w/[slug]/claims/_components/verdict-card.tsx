"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { wordDiff } from "@/lib/anchoring";
import type { ActionResult } from "@/lib/http/action-result";
import type { RatingLevelDto } from "@/lib/verdicts/find-rating-levels";
import type { VerdictDto } from "@/lib/verdict-dtos/verdict-dto";
import { reviseVerdictAction, submitVerdictAction, withdrawVerdictAction } from "../actions";
import { VerdictForm } from "./verdict-form";
import { ReviewForm } from "./review-form";
import { WordDiff } from "@/app/_components/word-diff";
import { RatingBadge } from "@/app/_components/rating-badge";
import { useActionCall } from "@/app/_components/use-action-call";
import { labelKey } from "@/lib/i18n/labels";
import { focusWhenPresent } from "@/app/_components/focus-when-present";
import { LocalTime } from "@/app/_components/time/local-time";
import { SourceMarkView } from "../../sources/_components/source-mark";
import type { SourceMark } from "@/lib/sources/find-source-marks";

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

/** One verdict: current rating, summary and evidence; history with diffs; what the viewer may do with it. */
export function VerdictCard({
  slug,
  verdict: v,
  levels,
  viewerId,
  canReview,
  inPublishedReport = false,
  warnings = [],
  warningsId,
  sources = {},
}: {
  slug: string;
  verdict: VerdictDto;
  levels: RatingLevelDto[];
  viewerId: string;
  canReview: boolean;
  inPublishedReport?: boolean;
  /** the claim's open appearance warnings, one line each: approving needs them acknowledged */
  warnings?: string[];
  warningsId?: string;
  /** cited sources' preserved copies, by URL (lib/sources/find-source-marks.ts) */
  sources?: Record<string, SourceMark>;
}) {
  const t = useTranslations("claims");
  const labels = useTranslations("labels");
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, call] = useActionCall();
  const current = v.revisions[0]!;
  const isAuthor = v.authorId === viewerId;

  const run = (action: () => Promise<ActionResult<unknown>>, after?: () => void) =>
    call(action, (result) => {
      if (!result.ok) return (setError(result.error), setFieldErrors(result.fieldErrors));
      setError(null);
      setFieldErrors({});
      after?.();
    });

  // the button just pressed gives way to another (submit ↔ withdraw): the focus goes to the verdict, whose status changed
  const focusVerdict = () => focusWhenPresent(`verdict-${v.id}`);

  return (
    <article className="card verdict-card" aria-labelledby={`verdict-${v.id}`}>
      <header>
        <h3 id={`verdict-${v.id}`} style={{ margin: 0 }}>
          <RatingBadge label={current.ratingLabel} tone={current.ratingTone} />
        </h3>
        <span className={`status ${v.status}`}>{labels(labelKey.verdictStatus(v.status))}</span>
        <span className="muted">
          {t("verdictCard.byline", { author: v.authorName, number: current.number })} ·{" "}
          <LocalTime date={current.createdAt} />
        </span>
      </header>
      <ReviewerReason verdict={v} />
      {error && !editing && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      {editing ? (
        <VerdictForm
          levels={levels}
          initial={{ ratingKey: current.ratingKey, summary: current.summary, evidence: current.evidence }}
          submitLabel={t("verdictCard.saveRevision")}
          error={error}
          fieldErrors={fieldErrors}
          pending={pending}
          correctionNote={(inPublishedReport && v.status === "APPROVED") || Boolean(fieldErrors.correctionNote)}
          onCancel={() => (setEditing(false), focusWhenPresent(`verdict-${v.id}`))}
          onSubmit={(value) =>
            run(
              () => reviseVerdictAction(slug, { verdictId: v.id, lockVersion: v.lockVersion, ...value }),
              () => (setEditing(false), focusWhenPresent(`verdict-${v.id}`)),
            )
          }
        />
      ) : (
        <>
          <p style={{ whiteSpace: "pre-wrap" }}>{current.summary}</p>
          {current.evidence.length > 0 && (
            <ul aria-label={t("shared.evidence")}>
              {current.evidence.map((e) => (
                <li key={e.id}>
                  <a href={e.url} rel="noopener nofollow noreferrer" target="_blank">
                    {e.title}
                  </a>
                  {e.isPrimary && (
                    <span className="badge" style={{ marginLeft: 6 }}>
                      {t("verdictCard.primary")}
                    </span>
                  )}
                  {e.accessedAt && (
                    <span className="muted">
                      {" "}
                      · {t("verdictCard.accessed", { date: new Date(e.accessedAt).toISOString().slice(0, 10) })}
                    </span>
                  )}
                  <SourceMarkView slug={slug} mark={sources[e.url]} title={e.title} />
                  {e.quote && <blockquote className="quote">{e.quote}</blockquote>}
                </li>
              ))}
            </ul>
          )}
          <div className="row-actions">
            {isAuthor && v.status !== "SUBMITTED" && (
              <button
                className="button small secondary"
                type="button"
                onClick={() => (setEditing(true), focusWhenPresent(`verdict-${v.id}`))}
              >
                {v.status === "APPROVED" ? t("verdictCard.editApproved") : t("verdictCard.edit")}
              </button>
            )}
            {isAuthor && ["DRAFT", "CHANGES_REQUESTED", "REJECTED"].includes(v.status) && (
              <button
                className="button small"
                type="button"
                disabled={pending}
                onClick={() =>
                  run(() => submitVerdictAction(slug, { verdictId: v.id, lockVersion: v.lockVersion }), focusVerdict)
                }
              >
                {t("verdictCard.submit")}
              </button>
            )}
            {isAuthor && v.status === "SUBMITTED" && (
              <button
                className="button small secondary"
                type="button"
                disabled={pending}
                onClick={() =>
                  run(() => withdrawVerdictAction(slug, { verdictId: v.id, lockVersion: v.lockVersion }), focusVerdict)
                }
              >
                {t("verdictCard.withdraw")}
              </button>
            )}
          </div>
          {canReview && !isAuthor && v.status === "SUBMITTED" && (
            <ReviewForm
              slug={slug}
              verdictId={v.id}
              lockVersion={v.lockVersion}
              inPublishedReport={inPublishedReport}
              warnings={warnings}
              warningsId={warningsId}
            />
          )}
          {canReview && isAuthor && v.status === "SUBMITTED" && <p className="muted">{t("verdictCard.fourEyes")}</p>}
        </>
      )}
      {(v.revisions.length > 1 || v.reviews.length > 0) && (
        <details>
          <summary>{t("verdictCard.history", { revisions: v.revisions.length, reviews: v.reviews.length })}</summary>
          <ol reversed>
            {v.revisions.map((r, i) => {
              const older = v.revisions[i + 1];
              return (
                <li key={r.number}>
                  {t.rich("verdictCard.revision", { number: r.number, rating: r.ratingLabel, strong })}{" "}
                  <span className="muted">
                    ({r.authorName}, <LocalTime date={r.createdAt} />)
                  </span>
                  {older && older.ratingKey !== r.ratingKey && (
                    <span> {t("verdictCard.ratingChanged", { rating: older.ratingLabel })}</span>
                  )}
                  <p>{older ? <WordDiff parts={wordDiff(older.summary, r.summary)} /> : r.summary}</p>
                  {v.reviews
                    .filter((x) => x.revisionNumber === r.number)
                    .map((x, j) => (
                      <p key={j} className="muted">
                        {t.rich("verdictCard.reviewBy", {
                          reviewer: x.reviewerName,
                          decision: t(`verdictCard.decision.${x.decision}`),
                          strong,
                        })}
                        {x.reason && ` ${t("verdictCard.quotedReason", { reason: x.reason })}`}
                      </p>
                    ))}
                </li>
              );
            })}
          </ol>
        </details>
      )}
    </article>
  );
}

/**
 * Why the reviewer sent the verdict back or rejected it, in full, above the
 * verdict: the first thing its author needs, not something to find in the history.
 */
function ReviewerReason({ verdict: v }: { verdict: VerdictDto }) {
  const t = useTranslations("claims.reviewerReason");
  const latest = v.reviews[0];
  if (!latest || (v.status !== "CHANGES_REQUESTED" && v.status !== "REJECTED") || latest.decision === "APPROVE")
    return null;
  return (
    <section className="reviewer-reason" aria-label={t("label")}>
      <p>
        {t.rich(v.status === "REJECTED" ? "rejected" : "changesRequested", {
          reviewer: latest.reviewerName,
          strong,
          time: () => <LocalTime date={latest.createdAt} />,
        })}
        {latest.reason ? ":" : "."}
      </p>
      {latest.reason && <blockquote style={{ whiteSpace: "pre-wrap" }}>{latest.reason}</blockquote>}
    </section>
  );
}
