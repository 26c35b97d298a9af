import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { splitSentences } from "@/lib/claims/split-sentences";
import { similarity, textFeatures } from "@/lib/claims/text-features";
import { checkWorthiness } from "@/lib/claims/check-worthiness";
import { loadLatestTexts } from "@/lib/article-versions/load-latest-texts";
import { candidateClaimIds } from "@/lib/claims/candidates";
import type { Actor } from "@/lib/policy/actor";
import { annotationScope } from "@/lib/annotations/scope";
import { claimScope } from "@/lib/claims/scope";

export interface ArticleSuggestionDto {
  start: number;
  end: number;
  sentence: string;
  /** an existing claim this sentence likely states ("already checked") */
  claim: { id: string; statement: string; score: number } | null;
  /** why the sentence is worth checking: figures, direct quote, attribution */
  reasons: string[];
}

export interface ArticleSuggestionsDto {
  /** in text order */
  items: ArticleSuggestionDto[];
  /** the claims compared with the sentences: those sharing most names and figures with the article */
  compared: number;
  /** more claims share some of them than were compared (CANDIDATE_CLAIMS): a sentence may state one left out */
  capped: boolean;
}

/**
 * Editors and up: for the latest version of an article, the sentences that
 * match existing claims and the check-worthy ones, leaving out sentences that
 * are already annotated. Suggestions only: an editor decides. At most
 * CANDIDATE_CLAIMS claims are compared, the best ranked; `capped` says when
 * more matched.
 */
export async function findArticleSuggestions(actor: Actor, articleId: string): Promise<ArticleSuggestionsDto> {
  authorize(actor, "annotation.create");
  const [article] = await loadLatestTexts(actor, [articleId]);
  // another workspace's article is "not found", like one that does not exist (not an empty list)
  if (!article) throw new NotFoundError("Article");
  const [annotations, workspace] = await Promise.all([
    db.annotation.findMany({
      where: { ...annotationScope(actor), versionId: article.versionId },
      select: { start: true, end: true },
    }),
    db.workspace.findUnique({ where: { id: actor.workspaceId }, select: { nameVariants: true } }),
  ]);
  const variants = workspace?.nameVariants ?? [];
  const candidates = await candidateClaimIds(actor.workspaceId, article.text, variants);
  const claims = await db.claim.findMany({
    where: { ...claimScope(actor), id: { in: candidates.ids } },
    select: { id: true, statement: true },
  });
  const claimFeatures = claims.map((c) => ({ claim: c, features: textFeatures(c.statement, variants) }));
  const suggestions: ArticleSuggestionDto[] = [];
  for (const sentence of splitSentences(article.text)) {
    if (annotations.some((a) => a.start < sentence.end && a.end > sentence.start)) continue;
    const features = textFeatures(sentence.text, variants);
    const best = claimFeatures
      .map((c) => ({ c, score: similarity(c.features, features).score }))
      .sort((a, b) => b.score - a.score)[0];
    const claim =
      best && best.score >= 0.5 ? { id: best.c.claim.id, statement: best.c.claim.statement, score: best.score } : null;
    const reasons = checkWorthiness(sentence.text);
    if (claim || reasons.length > 0)
      suggestions.push({ start: sentence.start, end: sentence.end, sentence: sentence.text, claim, reasons });
  }
  return { items: suggestions, compared: claims.length, capped: candidates.capped };
}
