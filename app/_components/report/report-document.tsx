import { useLocale, useTranslations } from "next-intl";
import { textLanguage } from "@/lib/articles/text-direction";
import type { ReactNode } from "react";
import { safeLinkUrl, splitRelations } from "@/lib/exports/report-text";
import type { ReportEntry, ReportMeta, ReportRelation } from "@/lib/exports/report-model";
import { RatingBadge } from "@/app/_components/rating-badge";
import { ratingTone } from "@/lib/verdict-dtos/rating-tone";
import { entryFactCheckUrl } from "@/lib/exports/entry-fact-check-url";
import { formatTime } from "@/lib/time/format-time";
import { UTC } from "@/lib/time/time-zone";
import { DifferenceText, ScopeText } from "./report-texts";

// A report is a record for readers anywhere (also the public page): UTC, written out, not the viewer's zone; in the viewer's language.
function useReportDates() {
  const locale = useLocale();
  return {
    day: (date: Date) => formatTime(date, UTC, "longDay", locale),
    dayTime: (date: Date) => `${formatTime(date, UTC, "longDayTime", locale)} UTC`,
  };
}

/**
 * The readable report, shared by the workspace preview and the public page:
 * header, corrections, then one section per claim (anchored by its id) with
 * a "superseded by" notice, rating, related claims, summary, evidence and
 * appearances (each with how it differs from the claim). Internal output is
 * marked at the top and on every unapproved verdict.
 */
export function ReportDocument({
  meta,
  entries,
  total,
  articleHref,
  aside,
  more,
}: {
  meta: ReportMeta;
  entries: ReportEntry[];
  total: number;
  articleHref?: (articleId: string) => string;
  aside?: ReactNode;
  more?: ReactNode;
}) {
  // a correction may concern a claim that is on another page, or that left the published report while its verdict is revised
  const shown = new Set(entries.map((e) => e.claim.id));
  const t = useTranslations("common.report");
  const locale = useLocale();
  const { day, dayTime } = useReportDates();
  return (
    <article className="report-doc" aria-labelledby="report-title">
      <header className="report-head">
        <p className="report-kicker">{t("kicker", { organisation: meta.organisation.name })}</p>
        <h1 id="report-title">{meta.title}</h1>
        <dl className="facts">
          <dt>{t("covers")}</dt>
          <dd>
            <ScopeText scope={meta.scope} />
          </dd>
          <dt>{t("published")}</dt>
          <dd>
            {meta.publishedAt ? (
              <time dateTime={meta.publishedAt.toISOString()}>{dayTime(meta.publishedAt)}</time>
            ) : (
              t("notPublished")
            )}
          </dd>
          <dt>{t("generated")}</dt>
          <dd>
            <time dateTime={meta.generatedAt.toISOString()}>{dayTime(meta.generatedAt)}</time>
          </dd>
        </dl>
        {meta.internal && (
          <p className="alert warning report-internal" role="note">
            {t.rich("internal", { strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
        )}
      </header>
      {aside}
      {meta.corrections.length > 0 && (
        <section className="report-corrections" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">{t("corrections")}</h2>
          <ol>
            {meta.corrections.map((c, i) => (
              <li key={i}>
                <time dateTime={c.date.toISOString()}>{day(c.date)}</time>: {c.note}
                {c.claimId && shown.has(c.claimId) && (
                  <>
                    {" "}
                    (<a href={`#claim-${c.claimId}`}>{t("theClaim")}</a>)
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">
          {t("claims")} <span className="muted">({total.toLocaleString(locale)})</span>
        </h2>
        {entries.length === 0 && <p className="muted">{meta.internal ? t("noClaims") : t("noApprovedVerdicts")}</p>}
        {entries.map((entry) => (
          <ClaimSection key={entry.claim.id} meta={meta} entry={entry} shown={shown} articleHref={articleHref} />
        ))}
        {more}
      </section>
    </article>
  );
}

/** A published entry's own public page (lib/publishing): the address to share for one claim. */
function FactCheckLink({ meta, entry }: { meta: ReportMeta; entry: ReportEntry }) {
  const t = useTranslations("factCheck.report");
  const url = entryFactCheckUrl(meta, entry);
  return url ? (
    <p className="report-fact-check-link">
      <a href={url}>{t("openFactCheck")}</a>
    </p>
  ) : null;
}

function ClaimSection({
  meta,
  entry,
  shown,
  articleHref,
}: {
  meta: ReportMeta;
  entry: ReportEntry;
  shown: Set<string>;
  articleHref?: (articleId: string) => string;
}) {
  const { claim, verdict } = entry;
  const t = useTranslations("common.report");
  const { day } = useReportDates();
  const who = [claim.claimant && t("claimedBy", { claimant: claim.claimant }), claim.claimDate && day(claim.claimDate)]
    .filter(Boolean)
    .join(" · ");
  const { supersededBy, others } = splitRelations(entry);
  return (
    <section className="card report-claim" id={claim.anchor} aria-labelledby={`${claim.anchor}-title`}>
      <h3 id={`${claim.anchor}-title`} className="claim-statement">
        {claim.statement}{" "}
        <a className="permalink no-print" href={`#${claim.anchor}`} aria-label={t("linkToClaim")}>
          #
        </a>
      </h3>
      {who && <p className="muted">{who}</p>}
      {supersededBy.map((r, i) => (
        <p key={i} className="alert warning" role="note">
          <RelationWords relation={r} shown={shown} /> — {t("supersededNote")}.
        </p>
      ))}
      {others.length > 0 && (
        <ul className="report-relations" aria-label={t("relatedClaims")}>
          {others.map((r, i) => (
            <li key={i}>
              <RelationWords relation={r} shown={shown} />
            </li>
          ))}
        </ul>
      )}
      {verdict ? (
        <>
          <p className="verdict-line">
            <RatingBadge
              label={verdict.ratingLabel}
              tone={ratingTone(verdict.ratingOrdinal, meta.ratingScale.bestRating)}
            />
            {verdict.ratingOrdinal !== null && (
              <span className="muted">
                {t("onScale", {
                  rating: verdict.ratingOrdinal,
                  worst: meta.ratingScale.worstRating,
                  best: meta.ratingScale.bestRating,
                })}
              </span>
            )}
            {!verdict.approved && (
              <strong className="draft-mark">{t("notApproved", { status: t(`status.${verdict.status}`) })}</strong>
            )}
          </p>
          <p className="verdict-summary">{verdict.summary}</p>
          <FactCheckLink meta={meta} entry={entry} />
          <p className="muted report-byline">
            {t("by", { author: verdict.authorName })}
            {verdict.approvedByName && t("reviewedBy", { reviewer: verdict.approvedByName })}
            {verdict.firstApprovedAt && t("firstPublished", { date: day(verdict.firstApprovedAt) })}
            {t("updated", { date: day(verdict.modifiedAt) })}
          </p>
          {verdict.evidence.length > 0 && (
            <>
              <h4>{t("evidence")}</h4>
              <ul className="report-evidence">
                {verdict.evidence.map((e, i) => (
                  <li key={i}>
                    <LinkOrText url={e.url}>{e.title || e.url}</LinkOrText>
                    {e.quote && <blockquote className="quote">{e.quote}</blockquote>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p className="muted">{t("noVerdict")}</p>
      )}
      {entry.appearances.length > 0 && (
        <>
          <h4>{t("whereItAppeared")}</h4>
          <ul className="report-appearances">
            {entry.appearances.map((a, i) => (
              <li key={i}>
                <blockquote className="appearance" {...textLanguage(a.articleLanguage)}>
                  “{a.quote}”
                </blockquote>
                <LinkOrText url={a.articleUrl}>{a.articleTitle}</LinkOrText>
                {[a.outlet, a.articlePublishedAt && day(a.articlePublishedAt)].filter(Boolean).length > 0 && (
                  <span className="muted">
                    {" "}
                    · {[a.outlet, a.articlePublishedAt && day(a.articlePublishedAt)].filter(Boolean).join(", ")}
                  </span>
                )}
                {articleHref && (
                  <span className="no-print">
                    {" "}
                    · <a href={articleHref(a.articleId)}>{t("openInFactdesk")}</a>
                  </span>
                )}
                {a.difference && (
                  <p className="appearance-warning">
                    <strong>{t("differsFromClaim")}</strong>{" "}
                    {a.differenceDetail ? <DifferenceText detail={a.differenceDetail} /> : a.difference}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * "Misquotes: “…” (details)". The other claim is linked when its section is on
 * this page; on another page of the report, or outside the report, it is text.
 */
function RelationWords({ relation: r, shown }: { relation: ReportRelation; shown: Set<string> }) {
  const t = useTranslations("common.report");
  const quoted = `“${r.other.statement}”`;
  return (
    <>
      <span className="relation-kind">
        {t(`${r.direction === "outgoing" ? "relationOutgoing" : "relationIncoming"}.${r.kind}`)}:
      </span>{" "}
      {r.other.anchor && shown.has(r.other.id) ? <a href={`#${r.other.anchor}`}>{quoted}</a> : quoted}
      {relationDetails(r, t)}
    </>
  );
}

/** The exports' relationDetails (lib/exports/report-text.ts) in the viewer's language: ` (Jane Doe) (language de, original wording: “…”) (editor's note: …)`. */
function relationDetails(relation: ReportRelation, t: ReturnType<typeof useTranslations<"common.report">>): string {
  const claimant = relation.other.claimant?.trim();
  const translation =
    relation.kind === "TRANSLATION_OF"
      ? [
          relation.language && t("language", { language: relation.language }),
          relation.originalWording && t("originalWording", { wording: relation.originalWording }),
        ]
          .filter(Boolean)
          .join(", ")
      : "";
  const note = relation.note?.trim();
  return `${claimant ? ` (${claimant})` : ""}${translation ? ` (${translation})` : ""}${note ? ` (${t("editorsNote", { note })})` : ""}`;
}

/** A stored URL becomes a link only if it is http(s): never a javascript: link on a public page. */
function LinkOrText({ url, children }: { url: string | null; children: ReactNode }) {
  const safe = safeLinkUrl(url);
  return safe ? (
    <a href={safe} rel="noopener nofollow noreferrer">
      {children}
    </a>
  ) : (
    <span>{children}</span>
  );
}
