import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { claimScope } from "@/lib/claims/scope";
import { splitSentences } from "@/lib/claims/split-sentences";
import { similarity, textFeatures } from "@/lib/claims/text-features";
import { loadLatestTexts } from "@/lib/claims/load-latest-texts";
import type { Actor } from "@/lib/policy/actor";

export interface SpanSuggestionDto {
  articleId: string;
  articleTitle: string;
  versionId: string;
  start: number;
  end: number;
  sentence: string;
  score: number;
  reasons: string[];
}

const MIN_SCORE = 0.45;

/**
 * Editors and up: sentences in the workspace's articles that likely state the
 * same thing as the claim (shared figures, names, quoted words, wording), best
 * first, leaving out passages already linked. Suggestions only: nothing is
 * linked until an editor says so.
 */
export async function findClaimSuggestions(actor: Actor, claimId: string): Promise<SpanSuggestionDto[]> {
  authorize(actor, "claim.update");
  const claim = await db.claim.findFirst({
    where: claimScope(actor, claimId),
    select: { statement: true, appearances: { where: { annotation: { deletedAt: null } }, select: { annotation: { select: { articleId: true, versionId: true, start: true, end: true, exact: true } } } } },
  });
  if (!claim) throw new NotFoundError("Claim");
  const linked = claim.appearances.map((a) => a.annotation);
  const features = textFeatures([claim.statement, ...linked.map((a) => a.exact)].join(" \n "));
  const suggestions: SpanSuggestionDto[] = [];
  for (const article of await loadLatestTexts(actor)) {
    for (const sentence of splitSentences(article.text)) {
      const covered = linked.some((a) => a.versionId === article.versionId && a.start < sentence.end && a.end > sentence.start);
      if (covered) continue;
      const { score, reasons } = similarity(features, textFeatures(sentence.text));
      if (score >= MIN_SCORE) suggestions.push({ articleId: article.articleId, articleTitle: article.title, versionId: article.versionId, start: sentence.start, end: sentence.end, sentence: sentence.text, score, reasons });
    }
  }
  return suggestions.sort((a, b) => b.score - a.score).slice(0, 10);
}
