import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { RatingBadge } from "@/app/_components/rating-badge";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { findPublicFactChecks } from "@/lib/publishing/find-public-fact-checks";
import { factCheckPath, publicOrigin, publicPaths } from "@/lib/public-urls/public-address";
import { ratingTone } from "@/lib/verdict-dtos/rating-tone";
import { formatTime } from "@/lib/time/format-time";
import { UTC } from "@/lib/time/time-zone";
import "./fact-check.css";

export const dynamic = "force-dynamic";
const PAGE = 20;

type Params = Promise<{ workspace: string }>;
type Search = Promise<{ cursor?: string }>;

const load = cache(async (slug: string, cursor: string | undefined) =>
  findPublicFactChecks(slug, { limit: PAGE, ...(cursor ? { cursor } : {}) }).catch((error: unknown) => {
    if (error instanceof NotFoundError || error instanceof InvalidInputError) notFound();
    throw error;
  }),
);

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Search;
}): Promise<Metadata> {
  const [{ workspace }, { cursor }] = await Promise.all([params, searchParams]);
  const { workspace: ws } = await load(workspace, cursor);
  const t = await getTranslations("factCheck.index");
  const origin = publicOrigin();
  const title = t("title", { organisation: ws.organisationName });
  return {
    title: { absolute: title },
    alternates: {
      canonical: `${origin}${publicPaths.index(ws.slug)}`,
      types: {
        "application/atom+xml": [{ url: `${origin}${publicPaths.feed(ws.slug, "fact-checks", "atom")}`, title }],
        "application/feed+json": [{ url: `${origin}${publicPaths.feed(ws.slug, "fact-checks", "json")}`, title }],
      },
    },
    openGraph: { type: "website", title, url: `${origin}${publicPaths.index(ws.slug)}`, siteName: ws.organisationName },
  };
}

/** The workspace's public fact-checks, newest first, 20 a page. Signed out. */
export default async function FactCheckIndexPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const [{ workspace }, { cursor }] = await Promise.all([params, searchParams]);
  const [list, t, locale] = await Promise.all([
    load(workspace, cursor),
    getTranslations("factCheck.index"),
    getLocale(),
  ]);
  const ws = list.workspace;
  return (
    <main id="main" className="page fact-check">
      <nav className="fact-check-nav" aria-label={t("navLabel")}>
        <strong>{ws.organisationName}</strong>
        <ul>
          {ws.methodologyUrl && (
            <li>
              <a href={ws.methodologyUrl} rel="noopener noreferrer">
                {t("methodology")}
              </a>
            </li>
          )}
          <li>
            <a href={publicPaths.feed(ws.slug, "fact-checks", "atom")}>{t("feed")}</a>
          </li>
        </ul>
      </nav>
      <h1>{t("title", { organisation: ws.organisationName })}</h1>
      {list.items.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <ol className="fact-check-list">
          {list.items.map((item) => (
            <li key={item.claimId} className="card">
              <h2>
                <a
                  href={factCheckPath(ws.slug, {
                    id: item.claimId,
                    statement: item.statement,
                    shortStatement: item.shortStatement,
                  })}
                >
                  {item.shortStatement || item.statement}
                </a>
              </h2>
              <p>
                <RatingBadge label={item.rating.label} tone={ratingTone(item.rating.value, item.rating.best)} />{" "}
                <span className="muted">
                  {item.claimant ? `${item.claimant} · ` : ""}
                  <time dateTime={item.approvedAt.toISOString()}>
                    {formatTime(item.approvedAt, UTC, "longDay", locale)}
                  </time>
                </span>
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="row-actions">
        {cursor && <a href={publicPaths.index(ws.slug)}>{t("newest")}</a>}
        {list.nextCursor && (
          <a href={`${publicPaths.index(ws.slug)}?cursor=${encodeURIComponent(list.nextCursor)}`}>{t("older")}</a>
        )}
      </p>
    </main>
  );
}
