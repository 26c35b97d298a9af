import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RatingBadge } from "@/app/_components/rating-badge";
import { NotFoundError } from "@/lib/errors";
import { loadEmbedCard } from "@/lib/embeds/load-embed-card";
import "../../../embed-card.css";

export const dynamic = "force-dynamic";

type Params = Promise<{ workspace: string; claimId: string }>;

async function card(params: Params) {
  const { workspace, claimId } = await params;
  return loadEmbedCard(workspace, claimId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { statement, url } = await card(params);
  // the fact-check page is what search engines should list; the card is only its window on other sites
  return { title: statement, robots: { index: false, follow: true }, alternates: { canonical: url } };
}

/**
 * The embeddable claim card (publicPaths.embed; the oEmbed answer frames it):
 * the claim, its rating, a short summary and a link to the full fact-check,
 * for a newsroom to put under its own article. No session, no app chrome;
 * the only page other sites may frame (lib/embeds/framing.ts). Not public: 404.
 */
export default async function EmbedCardPage({ params }: { params: Params }) {
  const fact = await card(params);
  const t = await getTranslations("publicReport.embedCard");
  const organisation = fact.organisation.name;
  return (
    <main id="main" className="embed-card-page">
      <article className="embed-card" aria-labelledby="embed-card-claim">
        <p className="embed-card-org">{t("label", { organisation })}</p>
        <h1 id="embed-card-claim" className="embed-card-claim">
          <span className="visually-hidden">{t("claim")}: </span>
          {fact.statement}
        </h1>
        {fact.claimant && <p className="embed-card-claimant">{t("claimedBy", { claimant: fact.claimant })}</p>}
        <p className="embed-card-rating">
          <span className="visually-hidden">{t("rating")}: </span>
          <RatingBadge label={fact.rating.label} tone={fact.rating.tone} />
        </p>
        <p className="embed-card-summary">{fact.summary}</p>
        {/* a new tab: the reader keeps the newsroom's article, and the page is never framed */}
        <a className="embed-card-link" href={fact.url} target="_blank" rel="noopener">
          {t("readFactCheck")}
          <span className="visually-hidden"> {t("opensInNewTab")}</span>
        </a>
      </article>
    </main>
  );
}
