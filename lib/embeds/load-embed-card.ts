import { loadPublicFactCheck } from "@/lib/publishing/load-public-fact-check";
import { ratingTone, type RatingTone } from "@/lib/verdict-dtos/rating-tone";
import { shortSummary } from "@/lib/embeds/short-summary";

/** What the embeddable claim card and the oEmbed answer show of a public fact-check. */
export interface EmbedCard {
  workspaceSlug: string;
  claimId: string;
  statement: string;
  claimant: string | null;
  rating: { label: string; tone: RatingTone };
  summary: string;
  organisation: { name: string; url: string | null };
  /** the full fact-check page (absolute, the public origin) */
  url: string;
}

/**
 * Signed out: the card of a claim's public fact-check, from the very loader
 * of the fact-check page (so the card never shows what the page would not).
 * Not public, unknown claim or workspace: NotFound alike.
 */
export async function loadEmbedCard(workspaceSlug: string, claimId: string): Promise<EmbedCard> {
  const fact = await loadPublicFactCheck(workspaceSlug, claimId);
  return {
    workspaceSlug: fact.workspace.slug,
    claimId: fact.claim.id,
    statement: fact.claim.shortStatement || fact.claim.statement,
    claimant: fact.claim.claimant,
    rating: {
      label: fact.verdict.ratingLabel,
      tone: ratingTone(fact.verdict.ratingOrdinal, fact.ratingScale.bestRating),
    },
    summary: shortSummary(fact.verdict.summary),
    organisation: { name: fact.workspace.organisationName, url: fact.workspace.organisationUrl },
    url: fact.url,
  };
}
