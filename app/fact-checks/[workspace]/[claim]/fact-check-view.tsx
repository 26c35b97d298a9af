import { getLocale, getTranslations } from "next-intl/server";
import { RatingBadge } from "@/app/_components/rating-badge";
import { textLanguage } from "@/lib/articles/text-direction";
import { safeLinkUrl } from "@/lib/exports/report-text";
import { publicPaths } from "@/lib/public-urls/public-address";
import type { PublicFactCheck } from "@/lib/publishing/load-public-fact-check";
import { ratingTone } from "@/lib/verdict-dtos/rating-tone";
import { formatTime } from "@/lib/time/format-time";
import { UTC } from "@/lib/time/time-zone";
import type { ReactNode } from "react";

function Link({ url, children }: { url: string | null; children: ReactNode }) {
  const safe = safeLinkUrl(url);
  return safe ? (
    <a href={safe} rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <>{children}</>
  );
}

/** The readable fact-check: dates in UTC, written out, in the reader's language (as the public report). */
export async function FactCheckView({ page }: { page: PublicFactCheck }) {
  const [t, locale] = await Promise.all([getTranslations("factCheck.page"), getLocale()]);
  const day = (date: Date) => formatTime(date, UTC, "longDay", locale);
  const { claim, verdict, workspace } = page;
  const scale = page.ratingScale;
  const claimLanguage = textLanguage(claim.language);
  return (
    <main id="main" className="page fact-check">
      <nav className="fact-check-nav" aria-label={t("navLabel")}>
        <strong>
          {workspace.organisationUrl ? (
            <Link url={workspace.organisationUrl}>{workspace.organisationName}</Link>
          ) : (
            workspace.organisationName
          )}
        </strong>
        <ul>
          <li>
            <a href={publicPaths.index(workspace.slug)}>{t("allFactChecks")}</a>
          </li>
          {workspace.methodologyUrl && (
            <li>
              <Link url={workspace.methodologyUrl}>{t("methodology")}</Link>
            </li>
          )}
        </ul>
      </nav>
      <article aria-labelledby="fact-check-title">
        <header>
          <p className="report-kicker">{t("kicker", { organisation: workspace.organisationName })}</p>
          <h1 id="fact-check-title" className="claim-quote">
            <span {...claimLanguage}>“{claim.statement}”</span>
          </h1>
          <dl className="facts">
            {claim.claimant && (
              <>
                <dt>{t("claimant")}</dt>
                <dd>{claim.claimant}</dd>
              </>
            )}
            {claim.claimDate && (
              <>
                <dt>{t("claimDate")}</dt>
                <dd>
                  <time dateTime={claim.claimDate.toISOString().slice(0, 10)}>{day(claim.claimDate)}</time>
                </dd>
              </>
            )}
            {verdict.firstApprovedAt && (
              <>
                <dt>{t("published")}</dt>
                <dd>
                  <time dateTime={verdict.firstApprovedAt.toISOString()}>{day(verdict.firstApprovedAt)}</time>
                </dd>
              </>
            )}
            <dt>{t("updated")}</dt>
            <dd>
              <time dateTime={verdict.modifiedAt.toISOString()}>{day(verdict.modifiedAt)}</time>
            </dd>
            {page.checkers && (
              <>
                <dt>{t("checkedBy")}</dt>
                <dd>
                  {page.checkers.reviewer
                    ? t("authorAndReviewer", { author: page.checkers.author, reviewer: page.checkers.reviewer })
                    : page.checkers.author}
                </dd>
              </>
            )}
          </dl>
        </header>

        <section aria-labelledby="rating-heading">
          <h2 id="rating-heading">{t("rating")}</h2>
          <p className="verdict-line">
            <RatingBadge label={verdict.ratingLabel} tone={ratingTone(verdict.ratingOrdinal, scale.bestRating)} />{" "}
            {verdict.ratingOrdinal !== null && (
              <span className="muted">
                {t("onScale", { rating: verdict.ratingOrdinal, worst: scale.worstRating, best: scale.bestRating })}
              </span>
            )}
          </p>
          <p className="verdict-summary">{verdict.summary}</p>
          <details className="rating-legend-box" open>
            <summary>{t("legend")}</summary>
            <ol className="rating-legend" aria-label={t("legend")}>
              {[...scale.levels].reverse().map((level) => (
                <li key={level.key} aria-current={level.key === verdict.ratingKey ? "true" : undefined}>
                  <RatingBadge label={level.label} tone={ratingTone(level.ordinal, scale.bestRating)} />{" "}
                  <span className="muted">{t("legendPlace", { rating: level.ordinal, best: scale.bestRating })}</span>
                </li>
              ))}
              {page.otherLevels.map((level) => (
                <li key={level.key} aria-current={level.key === verdict.ratingKey ? "true" : undefined}>
                  <RatingBadge label={level.label} tone="unrated" /> <span className="muted">{t("legendOutside")}</span>
                </li>
              ))}
            </ol>
          </details>
        </section>

        {(page.appearances.length > 0 || claim.firstAppearanceUrl) && (
          <section aria-labelledby="appeared-heading" className="appearances">
            <h2 id="appeared-heading">{t("whereItAppeared")}</h2>
            <ul>
              {claim.firstAppearanceUrl && !page.appearances.some((a) => a.articleUrl === claim.firstAppearanceUrl) && (
                <li>
                  {t("firstAppearance")}: <Link url={claim.firstAppearanceUrl}>{claim.firstAppearanceUrl}</Link>
                </li>
              )}
              {page.appearances.map((a, i) => (
                <li key={i}>
                  <blockquote className="appearance" {...textLanguage(a.articleLanguage)}>
                    “{a.quote}”
                  </blockquote>
                  <Link url={a.articleUrl}>{a.articleTitle}</Link>
                  {(a.outlet || a.articlePublishedAt) && (
                    <span className="muted">
                      {" "}
                      · {[a.outlet, a.articlePublishedAt && day(a.articlePublishedAt)].filter(Boolean).join(", ")}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="sources-heading" className="sources">
          <h2 id="sources-heading">{t("sources")}</h2>
          {page.sources.length === 0 ? (
            <p className="muted">{t("noSources")}</p>
          ) : (
            <ol>
              {page.sources.map((s, i) => (
                <li key={i}>
                  <Link url={s.url}>{s.title || s.url}</Link>
                  {s.accessedAt && <span className="muted"> · {t("accessed", { date: day(s.accessedAt) })}</span>}
                  {s.copy && (
                    <>
                      {" · "}
                      <a href={publicPaths.sourceCopy(workspace.slug, s.copy.id)}>
                        {t("storedCopy", { date: day(s.copy.fetchedAt) })}
                      </a>
                    </>
                  )}
                  {s.quote && <blockquote className="quote">{s.quote}</blockquote>}
                </li>
              ))}
            </ol>
          )}
        </section>

        <section aria-labelledby="corrections-heading" className="corrections">
          <h2 id="corrections-heading">{t("corrections")}</h2>
          {page.corrections.length === 0 ? (
            <p className="muted">{t("noCorrections")}</p>
          ) : (
            <ol>
              {page.corrections.map((c, i) => (
                <li key={i}>
                  <time dateTime={c.date.toISOString()}>{day(c.date)}</time>: {c.note}
                </li>
              ))}
            </ol>
          )}
        </section>

        <footer className="muted report-footer">
          {workspace.methodologyUrl
            ? t.rich("howWeCheck", {
                organisation: workspace.organisationName,
                link: (chunks) => <Link url={workspace.methodologyUrl}>{chunks}</Link>,
              })
            : t("byOrganisation", { organisation: workspace.organisationName })}
        </footer>
      </article>
    </main>
  );
}
