import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { splitSentences } from "@/lib/claims/split-sentences";
import { similarity, wordFeatures, type TextFeatures } from "@/lib/claims/text-features";
import { loadLatestTexts } from "@/lib/article-versions/load-latest-texts";
import { candidateClaimQuery, claimTerms, sameMetricClaimQuery } from "@/lib/claims/candidates";
import {
  extractFigures,
  extractQuotes,
  type ExtractedFigure,
  type ExtractedQuote,
} from "@/lib/claims/extract/extract-passage";
import { directQuote } from "@/lib/claims/compare/direct-quote";
import { compareQuotes } from "@/lib/claims/compare/compare-quotes";
import { claimFigures, type ClaimContent } from "@/lib/claims/agreement/compare-passage";
import { figureDifferences, sameNumbers, type FigureDifference } from "@/lib/claims/agreement/figure-differences";
import { describeFigure, type FigureValue } from "@/lib/claims/agreement/describe-figure";
import { normalizeMetric } from "@/lib/claims/normalize-metric";
import type { Actor } from "@/lib/policy/actor";
import { liveWorkspaceScopeSql } from "@/lib/db/scope-sql";
import { articleScope } from "./scope";

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
  /**
   * the checked claims compared with the sentences: those sharing most names and figures with the article, and
   * those of a figure's metric holding every name of its sentence (sameMetricClaimQuery), each once
   */
  compared: number;
  /**
   * more checked claims share some of them than were compared (CANDIDATE_CLAIMS), or more of a figure's metric
   * than one walk keeps (SAME_METRIC_CLAIMS): the findings may be partial
   */
  capped: boolean;
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
 * out), then their figures are compared (checkedFigureDifference): no
 * difference is a repeat, of a direct quote only where the sentence quotes its
 * words (an altered quote is no repeat); another figure for the same metric,
 * contradicting or another count both can hold, is a disagreement.
 * At most CANDIDATE_CLAIMS are compared by terms, the best ranked, and
 * SAME_METRIC_CLAIMS per spelling of a metric; `capped` says when more matched.
 */
export async function findImportFindings(actor: Actor, articleId: string): Promise<ImportFindings> {
  authorize(actor, "annotation.create");
  const [[article], workspace, dated] = await Promise.all([
    loadLatestTexts(actor, [articleId]),
    db.workspace.findUnique({ where: { id: actor.workspaceId }, select: { nameVariants: true } }),
    db.article.findFirst({ where: articleScope(actor, articleId), select: { publishedAt: true, createdAt: true } }),
  ]);
  if (!article || !dated) throw new NotFoundError("Article");
  const variants = workspace?.nameVariants ?? [];
  const sentences = splitSentences(article.text);
  // each sentence's figures extracted once, for the look-up and for the comparison below
  const sentenceFigures = sentences.map((s) => {
    let figures: ExtractedFigure[] | undefined;
    return () => (figures ??= extractFigures({ text: article.text, start: s.start, end: s.end }));
  });
  const figureSentences = sentences.map((s, i) => ({ text: s.text, metrics: () => metricsOf(sentenceFigures[i]!()) }));
  // the checked claims' columns come with the look-ups: one statement, not a second one reading them by id. The
  // claims of the article's figures' metrics join those of its rarer terms (sameMetricClaimQuery: another figure for
  // a checked claim shares only the story's names with it, which the statistics may find common and leave out)
  const terms = await claimTerms(article.text);
  const lookups = (
    await Promise.all([
      candidateClaimQuery(actor.workspaceId, terms, variants, { checkedOnly: true }),
      sameMetricClaimQuery(actor.workspaceId, terms, variants, figureSentences, dated.publishedAt ?? dated.createdAt),
    ])
  ).filter((q) => q !== null);
  const claims = lookups.length
    ? await db.$queryRaw<(ClaimContentRow & { id: string; capped: boolean })[]>`
        SELECT c.id, m.capped, c.statement, c.claimant, c.metric, c."valueLow"::float8 AS "valueLow",
               c."valueHigh"::float8 AS "valueHigh", c.qualifier::text AS qualifier, c.unit
          FROM "Claim" c JOIN (
            SELECT DISTINCT ON (u.id) u.id, bool_or(u.capped) OVER () AS capped
              FROM (${Prisma.join(
                lookups.map((q) => Prisma.sql`(${q})`),
                " UNION ALL ",
              )}) u) m ON m.id = c.id
         WHERE ${liveWorkspaceScopeSql(actor, "c")}
         ORDER BY c."updatedAt" DESC, c.id`
    : [];
  // a direct quote by the words in its statement (directQuote's first rule: its appearances are not read here)
  const checked = claims.map(({ capped: _, ...c }) => ({ ...c, quote: statedQuote(c), key: contentKey(c) }));
  const sharingWords = wordIndex(byStatement(checked, variants));
  const figuresOf = claimFiguresOnce();
  const findings: ImportFindings = {
    repeats: [],
    disagreements: [],
    compared: claims.length,
    capped: claims[0]?.capped ?? false,
  };
  const repeated = new Set<string>();
  for (const [i, sentence] of sentences.entries()) {
    const features = wordFeatures(sentence.text, variants);
    const sameTopic = sharingWords(features)
      .filter((statement) => similarity(statement.features, features).score >= SAME_TOPIC)
      .flatMap((statement) => statement.claims);
    if (sameTopic.length === 0) continue;
    // the figures are compared; the quotes only with a checked quote (rare, and most of an extraction's work)
    const span = { text: article.text, start: sentence.start, end: sentence.end };
    const figures = sentenceFigures[i]!();
    let quotes: ExtractedQuote[] | undefined;
    const quotesIt = (claim: ClaimContent) =>
      !claim.quote || quotesClaim(claim.quote, (quotes ??= extractQuotes(span)));
    const differenceOf = new Map<string, ReturnType<typeof checkedFigureDifference>>();
    for (const index of sameTopic.sort((a, b) => a - b)) {
      const claim = checked[index]!;
      const base = {
        claimId: claim.id,
        statement: claim.statement,
        start: sentence.start,
        end: sentence.end,
        sentence: sentence.text,
      };
      if (!differenceOf.has(claim.key)) differenceOf.set(claim.key, checkedFigureDifference(figuresOf(claim), figures));
      const difference = differenceOf.get(claim.key);
      if (difference)
        findings.disagreements.push({
          ...base,
          passageFigure: difference.passageFigure,
          claimFigure: difference.claimFigure,
        });
      else if (!repeated.has(claim.id) && sharesFigure(claim, figures) && quotesIt(claim)) {
        repeated.add(claim.id);
        findings.repeats.push(base);
      }
    }
  }
  return findings;
}

/**
 * Pure: how the sentence's figures differ from a checked claim's, if they do:
 * a contradiction (figureDifferences: "9 killed" for "at least 12 killed"),
 * or another count of the same metric where both can hold ("at least 19
 * killed" for "at least 12 killed", "19 killed" for it): the figure that was
 * checked is not the one stated, which is the disagreement across articles a
 * desk must see ("one outlet says at least 12 dead, another at least 19"),
 * never "already checked". An approximate figure on either side ("about 70"
 * for "68") agrees with the counts it can be.
 */
export function checkedFigureDifference(
  claimFigures: readonly FigureValue[],
  passageFigures: readonly FigureValue[],
): Pick<FigureDifference, "claimFigure" | "passageFigure"> | undefined {
  const contradiction = figureDifferences([...claimFigures], [...passageFigures])[0];
  if (contradiction) return contradiction;
  for (const claim of claimFigures) {
    const metric = claim.metric ? normalizeMetric(claim.metric) : null;
    if (metric === null || claim.qualifier === "ABOUT") continue;
    const counts = passageFigures.filter((p) => p.metric !== null && normalizeMetric(p.metric) === metric);
    const other = counts.find((p) => p.qualifier !== "ABOUT");
    if (other && !counts.some((p) => sameNumbers(claim, p)))
      return { claimFigure: describeFigure(claim), passageFigure: describeFigure(other) };
  }
  return undefined;
}

interface CheckedStatement {
  features: TextFeatures;
  /** the indexes of the checked claims in these words, in their order */
  claims: number[];
}

/**
 * The checked claims' distinct statements with their word features: a claim
 * checked twice in the same words (about a third of those an article meets at
 * the scale bench's 100×) is analysed once.
 */
function byStatement(claims: readonly ClaimContent[], variants: readonly string[]): CheckedStatement[] {
  const statements = new Map<string, CheckedStatement>();
  claims.forEach((claim, index) => {
    const known = statements.get(claim.statement);
    if (known) known.claims.push(index);
    else statements.set(claim.statement, { features: wordFeatures(claim.statement, variants), claims: [index] });
  });
  return [...statements.values()];
}

/** What a claim's figures and its comparison with a sentence depend on: equal keys, equal answers. */
function contentKey(claim: Omit<ClaimContent, "quote">): string {
  return JSON.stringify([claim.statement, claim.metric, claim.valueLow, claim.valueHigh, claim.qualifier, claim.unit]);
}

/** claimFigures, worked out once per content (a statement's are extracted: once, not per sentence). */
function claimFiguresOnce(): (claim: ClaimContent & { key: string }) => FigureValue[] {
  const known = new Map<string, FigureValue[]>();
  return (claim) => {
    let figures = known.get(claim.key);
    if (!figures) known.set(claim.key, (figures = claimFigures(claim)));
    return figures;
  };
}

/**
 * The statements that share a name or a word with a sentence: with figures
 * left out, similarity is 0 without one, so only these are compared (300
 * claims by every sentence of a long article was most of the work).
 */
function wordIndex<T extends { features: TextFeatures }>(items: readonly T[]): (sentence: TextFeatures) => T[] {
  const byToken = new Map<string, number[]>();
  items.forEach((item, index) => {
    const { names, words, quoted } = item.features;
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
    return [...hits].map((i) => items[i]!);
  };
}

/** A claim's direct-quote words, when its statement quotes its claimant (as loadClaimContent trims them). */
function statedQuote(claim: { claimant: string | null; statement: string }): string | null {
  return directQuote(claim, null)?.replace(/[\s,;:]+$/u, "") ?? null;
}

/** The normalized metrics of figures ("killed", "households"), each once. */
function metricsOf(figures: readonly ExtractedFigure[]): string[] {
  return [...new Set(figures.flatMap((f) => (f.metric ? [normalizeMetric(f.metric)] : [])))];
}

/**
 * A checked direct quote is repeated only by a sentence quoting its words or
 * an excerpt of them (as passageStatesClaim): words close to it are an
 * altered quote, not the claim already checked.
 */
function quotesClaim(quote: string, quotes: readonly ExtractedQuote[]): boolean {
  return quotes.some((q) => ["same", "excerpt"].includes(compareQuotes(quote, q.text).relation));
}

/**
 * A checked claim without a figure is repeated by wording alone; one with a
 * figure, only by a sentence with a figure for the same metric, or with the
 * same number where one of the two metrics is unknown (as compare-passage's
 * sameMetric): "12 people were injured" does not repeat "12 people were
 * killed". figureDifferences already found no disagreement with it.
 */
function sharesFigure(claim: ClaimContent, figures: readonly ExtractedFigure[]): boolean {
  if (claim.valueLow === null) return true;
  const metric = claim.metric ? normalizeMetric(claim.metric) : null;
  return figures.some((f) => {
    const passageMetric = f.metric ? normalizeMetric(f.metric) : null;
    return metric !== null && passageMetric !== null ? passageMetric === metric : f.valueLow === claim.valueLow;
  });
}
