import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { claimScope } from "@/lib/claims/scope";
import { claimLook, similarSentences } from "@/lib/claims/suggestion-sentences";
import { loadLatestTexts } from "@/lib/article-versions/load-latest-texts";
import { candidateArticleIds } from "@/lib/claims/candidates";
import type { Actor } from "@/lib/policy/actor";
import { loadClaimContent } from "@/lib/claims/appearances/claim-content";
import { extractPassage } from "@/lib/claims/extract/extract-passage";
import {
  comparePassageWithClaim,
  passageStatesClaim,
  type AppearanceDifference,
} from "@/lib/claims/agreement/compare-passage";

/** Suggestions a claim page shows. */
const SHOWN = 10;

export interface SpanSuggestionDto {
  articleId: string;
  articleTitle: string;
  versionId: string;
  start: number;
  end: number;
  sentence: string;
  score: number;
  reasons: string[];
  /**
   * "same": states the claim the same way (linking is silent); "variant": close,
   * but differs — an altered quote, another figure — so it is never offered as
   * the same claim: linking it asks for a note or a relation.
   */
  match: "same" | "variant";
  /** how the sentence differs from the claim ([] for "same") */
  differences: AppearanceDifference[];
}

/**
 * Editors and up: sentences in the workspace's articles that likely state the
 * same thing as the claim (shared figures, names, quoted words, wording),
 * leaving out passages already linked. Each is compared with the claim like a
 * link would be (comparePassageWithClaim): those that state it the same way
 * come first, best first; variants (an altered quote, another figure) come
 * after them, labelled by their difference — never as "same quoted words".
 * A sentence that neither differs nor states the claim's quote or figure
 * (passageStatesClaim) is left out.
 * Suggestions only: nothing is linked until an editor says so.
 */
export async function findClaimSuggestions(actor: Actor, claimId: string): Promise<SpanSuggestionDto[]> {
  authorize(actor, "claim.update");
  const [claim, workspace] = await Promise.all([
    db.claim.findFirst({
      where: claimScope(actor, claimId),
      select: {
        statement: true,
        appearances: {
          where: { annotation: { deletedAt: null } },
          select: {
            annotation: { select: { articleId: true, versionId: true, start: true, end: true, exact: true } },
          },
        },
      },
    }),
    db.workspace.findUnique({ where: { id: actor.workspaceId }, select: { nameVariants: true } }),
  ]);
  if (!claim) throw new NotFoundError("Claim");
  const linked = claim.appearances.map((a) => a.annotation);
  const variants = workspace?.nameVariants ?? [];
  const look = claimLook([claim.statement, ...linked.map((a) => a.exact)].join(" \n "), variants);
  const suggestions: SpanSuggestionDto[] = [];
  // the claim's content loads while the candidates are looked up
  const [content, articles] = await Promise.all([
    loadClaimContent(db, actor.workspaceId, claimId),
    candidateArticleIds(actor.workspaceId, [claim.statement, ...linked.map((a) => a.exact)].join("\n"), variants).then(
      (ids) => loadLatestTexts(actor, ids),
    ),
  ]);
  const similar = articles.flatMap((article) => {
    const covered = (sentence: { start: number; end: number }) =>
      linked.some((a) => a.versionId === article.versionId && a.start < sentence.end && a.end > sentence.start);
    return similarSentences(article.text, look, covered).map((sentence) => ({ article, sentence }));
  });
  // Best first (a stable sort: ties keep reading order), each compared with the claim like a link would be, until
  // SHOWN ones state it the same way: none after them could enter the page, which shows those before any variant.
  for (const { article, sentence } of similar.sort((a, b) => b.sentence.score - a.sentence.score)) {
    if (suggestions.filter((s) => s.match === "same").length >= SHOWN) break;
    const extraction = extractPassage(
      { text: article.text, start: sentence.start, end: sentence.end },
      { publishedAt: null },
    );
    const differences = content ? comparePassageWithClaim(content, extraction) : [];
    // close wording without the claim's quote or figure (a headline naming the same city) is not the same claim
    if (differences.length === 0 && content && !passageStatesClaim(content, extraction)) continue;
    const match = differences.length > 0 ? "variant" : "same";
    suggestions.push({
      articleId: article.articleId,
      articleTitle: article.title,
      versionId: article.versionId,
      start: sentence.start,
      end: sentence.end,
      sentence: sentence.text,
      score: sentence.score,
      reasons:
        match === "same"
          ? sentence.reasons
          : [...differences.map(differenceLabel), ...sentence.reasons.filter((r) => r !== "same quoted words")],
      match,
      differences,
    });
  }
  const rank = (s: SpanSuggestionDto) => (s.match === "same" ? 1 : 0);
  return suggestions.sort((a, b) => rank(b) - rank(a) || b.score - a.score).slice(0, SHOWN);
}

function differenceLabel(difference: AppearanceDifference): string {
  switch (difference.kind) {
    case "ALTERED_QUOTE":
      return "altered quote";
    case "OTHER_FIGURE":
      return "other figure";
    case "INCOMPATIBLE_QUALIFIER":
      return "incompatible qualifier";
  }
}
