import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { splitSentences } from "@/lib/claims/split-sentences";
import { similarity, wordFeatures, type TextFeatures } from "@/lib/claims/text-features";
import { loadLatestTexts } from "@/lib/article-versions/load-latest-texts";
import { candidateClaimQuery } from "@/lib/claims/candidates";
import { extractPassage } from "@/lib/claims/extract/extract-passage";
import { claimFigures, comparePassageWithClaim, type ClaimContent } from "@/lib/claims/agreement/compare-passage";
import type { FigureValue } from "@/lib/claims/agreement/describe-figure";
import { normalizeMetric } from "@/lib/claims/normalize-metric";
import type { PassageExtraction } from "@/lib/claims/extract/extract-passage";
import type { Actor } from "@/lib/policy/actor";
import { liveWorkspaceScopeSql } from "@/lib/db/scope-sql";

export interface ImportFinding {
  claimId: string;
  statement: string;
  /** the sentence of the article, as UTF-16 offsets of its latest version */
  start: number;
  end: number;
  sentence: string;
}

export interface FigureDisagreement extends ImportFinding {
  passageFigure: string;
  claimFigure: string;
}

export interface ImportFindings {
  /** sentences that state a claim already checked (an approved verdict), the same way */
  repeats: ImportFinding[];
  /** sentences that give another figure than a claim already checked, for the same thing */
  disagreements: FigureDisagreement[];
}

type ClaimContentRow = Omit<ClaimContent, "quote">;

/** Wording this close (figures left out) makes a sentence "about the same thing" as a checked claim. */
const SAME_TOPIC = 0.5;

/**
 * Editors and up: what a (newly imported) article says about claims the
 * workspace has already checked — "this article repeats N claims already
 * checked" and "N figures disagree with claims already checked". The checked
 * claims compared are those the article's names, figures and quoted words
 * retrieve from the index (lib/claims/candidates.ts), however old. Each sentence
 * is matched with them by wording (names folded, figures left
 * out), then compared with comparePassageWithClaim: no difference is a
 * repeat; another figure for the same metric is a disagreement.
 */
export async function findImportFindings(actor: Actor, articleId: string): Promise<ImportFindings> {
  authorize(actor, "annotation.create");
  const [[article], workspace] = await Promise.all([
    loadLatestTexts(actor, [articleId]),
    db.workspace.findUnique({ where: { id: actor.workspaceId }, select: { nameVariants: true } }),
  ]);
  if (!article) throw new NotFoundError("Article");
  const variants = workspace?.nameVariants ?? [];
  // the checked claims' columns come with the look-up: one statement, not a second one reading them by id
  const candidates = await candidateClaimQuery(actor.workspaceId, article.text, variants, { checkedOnly: true });
  const claims = candidates
    ? await db.$queryRaw<(ClaimContentRow & { id: string })[]>`
        SELECT c.id, c.statement, c.claimant, c.metric, c."valueLow"::float8 AS "valueLow",
               c."valueHigh"::float8 AS "valueHigh", c.qualifier::text AS qualifier, c.unit
          FROM "Claim" c JOIN (${candidates}) m ON m.id = c.id
         WHERE ${liveWorkspaceScopeSql(actor, "c")}
         ORDER BY c."updatedAt" DESC, c.id`
    : [];
  const checked = claims.map((c) => ({
    content: { ...c, quote: null } satisfies ClaimContent & { id: string },
    features: wordFeatures(c.statement, variants),
    /** its figures, worked out at its first comparison (a statement's are extracted: once, not per sentence) */
    figures: undefined as FigureValue[] | undefined,
  }));
  const sharingWords = wordIndex(checked);
  const findings: ImportFindings = { repeats: [], disagreements: [] };
  const repeated = new Set<string>();
  for (const sentence of splitSentences(article.text)) {
    const features = wordFeatures(sentence.text, variants);
    const near = sharingWords(features);
    if (near.length === 0) continue;
    // extracted for the first claim about the same thing: most sentences sharing a word with one are not
    let extraction: PassageExtraction | undefined;
    for (const claim of near) {
      if (similarity(claim.features, features).score < SAME_TOPIC) continue;
      extraction ??= extractPassage(
        { text: article.text, start: sentence.start, end: sentence.end },
        { publishedAt: null },
      );
      const base = {
        claimId: claim.content.id,
        statement: claim.content.statement,
        start: sentence.start,
        end: sentence.end,
        sentence: sentence.text,
      };
      claim.figures ??= claimFigures(claim.content);
      const figureDifference = comparePassageWithClaim(claim.content, extraction, claim.figures).find(
        (d) => d.kind !== "ALTERED_QUOTE",
      );
      if (figureDifference?.kind === "OTHER_FIGURE" || figureDifference?.kind === "INCOMPATIBLE_QUALIFIER")
        findings.disagreements.push({
          ...base,
          passageFigure: figureDifference.passageFigure,
          claimFigure: figureDifference.claimFigure,
        });
      else if (!repeated.has(claim.content.id) && sharesFigure(claim.content, extraction.figures)) {
        repeated.add(claim.content.id);
        findings.repeats.push(base);
      }
    }
  }
  return findings;
}

/**
 * The claims that share a name or a word with a sentence, in their order: with
 * figures left out, similarity is 0 without one, so only these are compared
 * (300 claims by every sentence of a long article was most of the work).
 */
function wordIndex<T extends { features: TextFeatures }>(claims: readonly T[]): (sentence: TextFeatures) => T[] {
  const byToken = new Map<string, number[]>();
  claims.forEach((claim, index) => {
    const { names, words, quoted } = claim.features;
    for (const token of new Set([...[...names].map((n) => `n:${n}`), ...[...words, ...quoted].map((w) => `w:${w}`)])) {
      const list = byToken.get(token);
      if (list) list.push(index);
      else byToken.set(token, [index]);
    }
  });
  return (sentence) => {
    const hits = new Set<number>();
    for (const name of sentence.names) for (const i of byToken.get(`n:${name}`) ?? []) hits.add(i);
    for (const word of sentence.words) for (const i of byToken.get(`w:${word}`) ?? []) hits.add(i);
    return [...hits].sort((a, b) => a - b).map((i) => claims[i]!);
  };
}

/**
 * A checked claim without a figure is repeated by wording alone; one with a
 * figure, only by a sentence with a figure for the same metric (or the same
 * number) — comparePassageWithClaim already found no disagreement with it.
 */
function sharesFigure(claim: ClaimContent, figures: PassageExtraction["figures"]): boolean {
  if (claim.valueLow === null) return true;
  const metric = claim.metric ? normalizeMetric(claim.metric) : null;
  return figures.some(
    (f) =>
      f.valueLow === claim.valueLow || (metric !== null && f.metric !== null && normalizeMetric(f.metric) === metric),
  );
}
