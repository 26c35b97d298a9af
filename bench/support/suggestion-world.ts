/**
 * "Same claim" suggestions, scored through the real use case
 * (findClaimSuggestions) on a database the caller has set up
 * (useBenchDatabase): the claims of integrity-suggestion-articles.ts are made
 * through createAnnotation and createClaim, the articles that restate them are
 * added with two unrelated test articles as distractors, and every suggestion
 * is checked against the labels. Baseline: the word-overlap similarity alone
 * (text-features.ts, as suggestions worked before they compared each sentence
 * with the claim): every sentence it suggests is offered as the same claim.
 */
import { splitSentences } from "@/lib/claims/split-sentences";
import { similarity, textFeatures } from "@/lib/claims/text-features";
import { MIN_SCORE } from "@/lib/claims/suggestion-sentences";
import { percent } from "./altered-quotes";
import { INTEGRITY_ARTICLES, articleText } from "./integrity-articles";
import {
  ALTERED,
  RESTATED,
  SOURCE,
  SOURCE_CLAIMS,
  type ClaimKey,
  type LabelledRestatement,
} from "./integrity-suggestion-articles";

/** The use case's page size (lib/claims/find-claim-suggestions.ts). */
const PAGE = 10;

interface Placed {
  articleId: string;
  start: number;
  end: number;
  label: LabelledRestatement;
}

export interface Offered {
  claim: ClaimKey;
  articleId: string;
  start: number;
  end: number;
  sentence: string;
  /** what the suggestion says: offered as the same claim, or as a variant (with its differences) */
  same: boolean;
  differences: string[];
}

export interface SuggestionScore {
  precision: number;
  recall: number;
  offeredSame: number;
  labelledSame: number;
  alteredQuotesAsSame: Offered[];
  otherFiguresAsSame: Offered[];
  /** offered as the same claim without being labelled so (other than the two lists above) */
  wrongSame: Offered[];
  /** labelled "same", not offered as the same claim: how it came (a variant, or not at all) */
  missed: { claim: ClaimKey; sentence: string; got: string }[];
}

export async function runSuggestionWorld(): Promise<{ useCase: SuggestionScore; baseline: SuggestionScore }> {
  const { createArticle, createWorkspaceWithMembers } = await import("../../prisma/factories");
  const { createAnnotation } = await import("@/lib/annotations/create-annotation");
  const { createClaim } = await import("@/lib/claims/create-claim");
  const { CreateClaimInputSchema } = await import("@/lib/claims/schemas");
  const { findClaimSuggestions } = await import("@/lib/claims/find-claim-suggestions");
  const { db } = await import("@/lib/db/client");

  const ws = await createWorkspaceWithMembers({ name: "Integrity bench" });
  const editor = ws.actors.EDITOR;
  const source = await createArticle(editor, { title: SOURCE.title, text: SOURCE.text });
  const placed: Placed[] = [];
  const texts: { articleId: string; text: string }[] = [{ articleId: source.article.id, text: source.version.text }];
  for (const labelled of [RESTATED, ALTERED]) {
    const { article, version } = await createArticle(editor, {
      title: labelled.title,
      text: labelled.sentences.map((s) => s.text).join("\n\n"),
    });
    texts.push({ articleId: article.id, text: version.text });
    for (const label of labelled.sentences) {
      const start = version.text.indexOf(label.text);
      if (start < 0) throw new Error(`not in the stored text: ${label.text}`);
      placed.push({ articleId: article.id, start, end: start + label.text.length, label });
    }
  }
  for (const distractor of INTEGRITY_ARTICLES.slice(1, 3)) {
    const { article, version } = await createArticle(editor, {
      title: distractor.title,
      text: articleText(distractor).text,
    });
    texts.push({ articleId: article.id, text: version.text });
  }
  const { nameVariants } = await db.workspace.findUniqueOrThrow({
    where: { id: editor.workspaceId },
    select: { nameVariants: true },
  });

  const useCase: Offered[] = [];
  const baseline: Offered[] = [];
  for (const claim of SOURCE_CLAIMS) {
    const start = source.version.text.indexOf(claim.span);
    const annotation = await createAnnotation(editor, {
      articleId: source.article.id,
      versionId: source.version.id,
      start,
      end: start + claim.span.length,
      exact: claim.span,
      kind: "CLAIM",
      body: "",
      tags: [],
    });
    const { id } = await createClaim(
      editor,
      CreateClaimInputSchema.parse({
        annotationId: annotation.id,
        statement: claim.statement,
        claimant: claim.claimant ?? "",
      }),
    );
    for (const s of await findClaimSuggestions(editor, id)) {
      useCase.push({
        claim: claim.key,
        articleId: s.articleId,
        start: s.start,
        end: s.end,
        sentence: s.sentence,
        same: s.match === "same",
        differences: s.differences.map((d) => d.kind),
      });
    }
    const features = textFeatures(`${claim.statement} \n ${claim.span}`, nameVariants);
    const scored = texts.flatMap(({ articleId, text }) =>
      splitSentences(text)
        .filter((s) => !(articleId === source.article.id && s.start < start + claim.span.length && s.end > start))
        .map((s) => ({ articleId, ...s, score: similarity(features, textFeatures(s.text, nameVariants)).score }))
        .filter((s) => s.score >= MIN_SCORE),
    );
    for (const s of scored.sort((a, b) => b.score - a.score).slice(0, PAGE)) {
      baseline.push({
        claim: claim.key,
        articleId: s.articleId,
        start: s.start,
        end: s.end,
        sentence: s.text,
        same: true,
        differences: [],
      });
    }
  }
  return { useCase: score(useCase, placed), baseline: score(baseline, placed) };
}

function score(offered: Offered[], placed: Placed[]): SuggestionScore {
  const labelOf = (o: Offered) =>
    placed.find((p) => p.articleId === o.articleId && p.start < o.end && p.end > o.start && p.label.claim === o.claim)
      ?.label.label;
  const same = offered.filter((o) => o.same);
  const right = same.filter((o) => labelOf(o) === "same");
  const labelledSame = placed.filter((p) => p.label.label === "same");
  const missed = labelledSame
    .filter(
      (p) =>
        !right.some(
          (o) => o.claim === p.label.claim && o.articleId === p.articleId && o.start < p.end && o.end > p.start,
        ),
    )
    .map((p) => {
      const came = offered.find(
        (o) => o.claim === p.label.claim && o.articleId === p.articleId && o.start < p.end && o.end > p.start,
      );
      return {
        claim: p.label.claim!,
        sentence: p.label.text,
        got: came ? `offered as a variant (${came.differences.join(", ")})` : "not suggested",
      };
    });
  return {
    precision: percent(right.length, same.length),
    recall: percent(right.length, labelledSame.length),
    offeredSame: same.length,
    labelledSame: labelledSame.length,
    alteredQuotesAsSame: same.filter((o) => labelOf(o) === "altered quote"),
    otherFiguresAsSame: same.filter((o) => labelOf(o) === "other figure"),
    wrongSame: same.filter((o) => labelOf(o) === undefined),
    missed,
  };
}
