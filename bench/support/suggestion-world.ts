/**
 * "Same claim" suggestions, scored through the real use case
 * (findClaimSuggestions) on a database the caller has set up
 * (useBenchDatabase): the claims of integrity-suggestion-articles.ts are made
 * through createAnnotation and createClaim (and checked: an approved
 * verdict), each sentence that restates them is added as an article of its
 * own (found by its own terms or not at all), with two unrelated test
 * articles as distractors and filler articles and claims that restate none of
 * them (suggestion-filler.ts). Every suggestion, and every finding of the
 * repeated-claim check (import-findings-score.ts), is checked against the
 * labels: once before any ANALYZE (every term looked up) and once after it,
 * when the look-ups leave out the story's common names
 * (lib/claims/common-terms.ts). Baseline: the word-overlap similarity alone
 * (text-features.ts, as suggestions worked before they compared each sentence
 * with the claim): every sentence it suggests is offered as the same claim.
 */
import { splitSentences } from "@/lib/claims/split-sentences";
import { similarity, textFeatures } from "@/lib/claims/text-features";
import { MIN_SCORE } from "@/lib/claims/suggestion-sentences";
import type { Actor } from "@/lib/policy/actor";
import { articleText } from "./integrity-articles";
import { ALTERED, RESTATED, SOURCE, SOURCE_CLAIMS, type SourceClaim } from "./integrity-suggestion-articles";
import { DISTRACTORS, FILLER_ARTICLES, fillerArticles, fillerClaims } from "./suggestion-filler";
import { scoreImportFindings, type FindingsScore } from "./import-findings-score";
import { score, type Offered, type Placed, type SuggestionScore } from "./suggestion-score";

export type { Offered, SuggestionScore };

/** The use case's page size (lib/claims/find-claim-suggestions.ts). */
const PAGE = 10;

/**
 * The terms a candidate look-up chooses (lib/claims/common-terms.ts): a claim's
 * suggestions look up articles, a labelled article's repeated-claim check claims.
 */
export interface ChosenTerms {
  /** the claim's key, or the article's sentence */
  what: string;
  table: "Article" | "Claim";
  /** the claim's distinctive terms: what the look-up uses without statistics */
  all: string[];
  /** what it uses with the statistics of the moment */
  chosen: string[];
}

export interface SuggestionMeasure {
  useCase: SuggestionScore;
  terms: ChosenTerms[];
  /** the repeated-claim check of every article but the source, the claims checked */
  findings: FindingsScore;
}

export interface SuggestionWorldResult {
  /** before any ANALYZE: every term is looked up */
  noStatistics: SuggestionMeasure;
  /** after ANALYZE of Article and Claim, the statistics read afresh */
  analyzed: SuggestionMeasure;
  baseline: SuggestionScore;
  articles: number;
  fillerArticles: number;
}

/**
 * The world, its suggestions scored before any ANALYZE, then again after
 * ANALYZE of Article and Claim (the process forgets the statistics it read):
 * the same rows, only the terms the look-up chooses may differ.
 */
export async function runSuggestionWorld(fillerCount = FILLER_ARTICLES): Promise<SuggestionWorldResult> {
  const { db } = await import("@/lib/db/client");
  const { forgetTermStatistics } = await import("@/lib/search/vector-statistics");
  const world = await buildWorld(fillerCount);
  const noStatistics = await measure(world);
  await db.$executeRawUnsafe(`ANALYZE "Article"`);
  await db.$executeRawUnsafe(`ANALYZE "Claim"`);
  forgetTermStatistics();
  const analyzed = await measure(world);
  return {
    noStatistics,
    analyzed,
    baseline: score(baselineOffers(world), world.placed),
    articles: world.texts.length,
    fillerArticles: fillerCount,
  };
}

interface World {
  editor: Actor;
  sourceArticleId: string;
  placed: Placed[];
  texts: { articleId: string; text: string }[];
  nameVariants: string[];
  claims: { claim: SourceClaim; id: string; start: number }[];
}

async function buildWorld(fillerCount: number): Promise<World> {
  const { createArticle, createClaimRecord, createWorkspaceWithMembers } = await import("../../prisma/factories");
  const { createAnnotation } = await import("@/lib/annotations/create-annotation");
  const { createClaim } = await import("@/lib/claims/create-claim");
  const { CreateClaimInputSchema } = await import("@/lib/claims/schemas");
  const { db } = await import("@/lib/db/client");
  const { approvedVerdict } = await import("@/test/support/report-world");

  const ws = await createWorkspaceWithMembers({ name: "Integrity bench" });
  const editor = ws.actors.EDITOR;
  const source = await createArticle(editor, { title: SOURCE.title, text: SOURCE.text });
  const placed: Placed[] = [];
  const texts: { articleId: string; text: string }[] = [{ articleId: source.article.id, text: source.version.text }];
  // one article per labelled sentence, as each outlet's article is its own: found by its own terms or not at all
  for (const labelled of [RESTATED, ALTERED])
    for (const label of labelled.sentences) {
      const { article, version } = await createArticle(editor, { title: labelled.title, text: label.text });
      texts.push({ articleId: article.id, text: version.text });
      const start = version.text.indexOf(label.text);
      if (start < 0) throw new Error(`not in the stored text: ${label.text}`);
      placed.push({ articleId: article.id, start, end: start + label.text.length, label });
    }
  const others = [
    ...DISTRACTORS.map((d) => ({ title: d.title, text: articleText(d).text })),
    ...fillerArticles(fillerCount),
  ];
  for (const other of others) {
    const { article, version } = await createArticle(editor, other);
    texts.push({ articleId: article.id, text: version.text });
  }
  const { nameVariants } = await db.workspace.findUniqueOrThrow({
    where: { id: editor.workspaceId },
    select: { nameVariants: true },
  });
  for (const statement of fillerClaims(fillerCount)) await createClaimRecord(editor, { statement });
  const claims: World["claims"] = [];
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
    // checked (an approved verdict): the repeated-claim check compares the articles with them
    await approvedVerdict(ws, id, { ratingKey: "ACCURATE", summary: "Confirmed by the city.", evidence: [] });
    claims.push({ claim, id, start });
  }
  return {
    editor,
    sourceArticleId: source.article.id,
    placed,
    texts,
    nameVariants,
    claims,
  };
}

/** Every claim's suggestions through the use case, and the terms its look-up chose, with the statistics of the moment. */
async function measure(world: World): Promise<SuggestionMeasure> {
  const { findClaimSuggestions } = await import("@/lib/claims/find-claim-suggestions");
  const { distinctiveTerms } = await import("@/lib/claims/candidates");
  const { termLookup } = await import("@/lib/claims/common-terms");
  const offered: Offered[] = [];
  const terms: ChosenTerms[] = [];
  for (const { claim, id } of world.claims) {
    for (const s of await findClaimSuggestions(world.editor, id))
      offered.push({
        claim: claim.key,
        articleId: s.articleId,
        start: s.start,
        end: s.end,
        sentence: s.sentence,
        same: s.match === "same",
        differences: s.differences.map((d) => d.kind),
      });
    // the text findClaimSuggestions looks up: the statement and the linked passage (the claim's one appearance)
    const all = distinctiveTerms([claim.statement, claim.span].join("\n"));
    terms.push({ what: claim.key, table: "Article", all, chosen: (await termLookup("Article", all)).terms });
  }
  for (const { label } of world.placed.filter((p) => p.label.claim)) {
    const all = distinctiveTerms(label.text);
    terms.push({ what: label.text, table: "Claim", all, chosen: (await termLookup("Claim", all)).terms });
  }
  return { useCase: score(offered, world.placed), terms, findings: await scoreImportFindings(world) };
}

/** The baseline: the best-scoring sentences by word overlap, every one offered as the same claim. */
function baselineOffers(world: World): Offered[] {
  const offered: Offered[] = [];
  for (const { claim, start } of world.claims) {
    const features = textFeatures(`${claim.statement} \n ${claim.span}`, world.nameVariants);
    const scored = world.texts.flatMap(({ articleId, text }) =>
      splitSentences(text)
        .filter((s) => !(articleId === world.sourceArticleId && s.start < start + claim.span.length && s.end > start))
        .map((s) => ({ articleId, ...s, score: similarity(features, textFeatures(s.text, world.nameVariants)).score }))
        .filter((s) => s.score >= MIN_SCORE),
    );
    for (const s of scored.sort((a, b) => b.score - a.score).slice(0, PAGE))
      offered.push({
        claim: claim.key,
        articleId: s.articleId,
        start: s.start,
        end: s.end,
        sentence: s.text,
        same: true,
        differences: [],
      });
  }
  return offered;
}
