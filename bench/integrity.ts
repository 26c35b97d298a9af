/**
 * Integrity benchmark: how well the fact-check integrity layer reads and
 * compares what articles state, against labels, each next to a naive method
 * measured in the same run.
 *
 * 1. Figure extraction (extractPassage, sentence by sentence): precision and
 *    recall on value only and on value + qualifier + metric, on the test
 *    articles of bench/support/integrity-articles.ts and on the shared corpus
 *    (labels in bench/support/corpus-figure-labels.ts; skipped when absent).
 *    Baseline: a plain digit regex, exact, counting the next word.
 * 2. Altered-quote detection (comparePassageWithClaim): labelled variants of
 *    every direct quote (bench/support/quote-variants.ts). Baseline: exact
 *    string equality.
 * 3. "Same claim" suggestions (findClaimSuggestions on a fresh database,
 *    bench/support/suggestion-world.ts), measured twice: before any ANALYZE
 *    (every term looked up) and after it, when the look-up chooses its terms
 *    from the search vectors' statistics (lib/claims/common-terms.ts), with
 *    the terms each look-up chose listed under the table; the repeated-claim
 *    check of an import (findImportFindings) on the same articles, measured
 *    the same two ways. Baseline: the word-overlap similarity alone, which
 *    offered every suggestion as the same claim.
 *
 * Figures in %, the table on stderr, failing cases listed under it. Run alone:
 * `npx tsx bench/integrity.ts` (`npm run bench -- integrity`).
 */
import { figure, type BenchFigure } from "./figure";
import { byKind, classifyVariants, detection, quotesOf, type Classified } from "./support/altered-quotes";
import { runCleanups, runWhenMain, useBenchDatabase, type Cleanup } from "./support/bench-process";
import { CORPUS_FIGURE_LABELS } from "./support/corpus-figure-labels";
import { corpusDir, corpusPresent, loadCorpus } from "@/test/corpus/corpus-dir";
import {
  addScores,
  extractFigures,
  naiveFigures,
  scoreFigures,
  type FigureScore,
  type PlacedLabel,
} from "./support/figure-scoring";
import { INTEGRITY_ARTICLES, articleText } from "./support/integrity-articles";
import { runSuggestionWorld } from "./support/suggestion-world";
import { suggestionFigures } from "./support/suggestion-figures";

const GOAL_FIGURES = "every figure of the test articles extracted (recall 100 %)";

export async function benchIntegrity(): Promise<BenchFigure[]> {
  const notes: string[] = [];
  const articles = INTEGRITY_ARTICLES.map((a) => ({ name: a.title, ...placeLabels(a) }));
  const corpus = corpusTexts(notes);
  const figures = [...extractionFigures("test articles", articles, notes, GOAL_FIGURES)];
  if (corpus.length) figures.push(...extractionFigures(`corpus, ${corpus.length} files`, corpus, notes));
  figures.push(...quoteFigures("test articles", classifyVariants(articles.flatMap((a) => quotesOf(a.text))), notes));
  if (corpus.length)
    figures.push(...quoteFigures("corpus", classifyVariants(corpus.flatMap((c) => quotesOf(c.text))), notes, false));

  const cleanups: Cleanup[] = [];
  try {
    await useBenchDatabase(cleanups);
    const world = await runSuggestionWorld();
    notes.push(
      `suggestions: ${world.articles} articles (${world.fillerArticles} of them filler news restating no claim), measured before any ANALYZE and after it`,
    );
    figures.push(
      ...suggestionFigures("no statistics", world.noStatistics, world.baseline, notes),
      ...suggestionFigures("after ANALYZE", world.analyzed, world.baseline, notes, world.noStatistics),
    );
  } finally {
    await runCleanups("integrity", cleanups);
  }
  printTable(figures, notes);
  return figures;
}

interface ScoredText {
  name: string;
  text: string;
  labels: PlacedLabel[];
  /** the sentence around an offset, for failing cases; corpus text is never printed */
  where: (offset: number) => string;
}

/** Each label's `at` found in its sentence: the label gets the number's offset in the article. */
function placeLabels(article: (typeof INTEGRITY_ARTICLES)[number]): Omit<ScoredText, "name"> {
  const { text, sentences } = articleText(article);
  const labels = sentences.flatMap(({ sentence, start }) =>
    sentence.figures.map(({ at, nth, ...label }) => {
      // the number as a whole word: "40" is not the end of "3,400"
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N},.])${at.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
        "gu",
      );
      const index = [...sentence.text.matchAll(pattern)][(nth ?? 1) - 1]?.index;
      if (index === undefined) throw new Error(`label "${at}" not in: ${sentence.text}`);
      return { ...label, offset: start + index };
    }),
  );
  const where = (offset: number) => sentences.findLast((s) => s.start <= offset)?.sentence.text ?? "?";
  return { text, labels, where };
}

/** The corpus files that have labels and whose labelled numbers are still where the labels say. */
function corpusTexts(notes: string[]): ScoredText[] {
  if (!corpusPresent()) {
    notes.push(`corpus: ${corpusDir()} does not exist; corpus figures skipped (set FACTDESK_CORPUS_DIR)`);
    return [];
  }
  const texts: ScoredText[] = [];
  for (const { file, text } of loadCorpus()) {
    const labels = CORPUS_FIGURE_LABELS[file];
    const stale = labels?.find(
      (l) => text.slice(l.offset, l.offset + l.number.length).toLowerCase() !== l.number.toLowerCase(),
    );
    if (!labels) notes.push(`corpus: no figure labels for ${file}; skipped`);
    else if (stale)
      notes.push(`corpus: ${file} changed (no "${stale.number}" at ${stale.offset}); skipped until relabelled`);
    else
      texts.push({
        name: file,
        text,
        labels: labels.map(({ number: _number, ...label }) => label),
        where: (offset) => `${file} @${offset}`,
      });
  }
  return texts;
}

function extractionFigures(what: string, texts: ScoredText[], notes: string[], recallGoal?: string): BenchFigure[] {
  const perText = texts.map((t) => ({ t, score: scoreFigures(extractFigures(t.text), t.labels) }));
  const ours = addScores(perText.map((p) => p.score));
  const naive = addScores(texts.map((t) => scoreFigures(naiveFigures(t.text), t.labels)));
  const regex = (stat: string) => `plain digit regex (exact, next word as metric), ${stat}`;
  const pct = (s: FigureScore, key: "valueMatched" | "fullMatched", of: "found" | "labels") =>
    s[of] === 0 ? Number.NaN : (100 * s[key]) / s[of];
  for (const { t, score } of perText) {
    for (const m of score.misses)
      notes.push(`figures (${what}): ${t.where(m.offset)} — expected ${m.expected}, got ${m.got}`);
    for (const f of score.falsePositives)
      notes.push(`figures (${what}): ${t.where(f.offset)} — expected no figure, got ${f.got}`);
  }
  return [
    figure(
      `figure extraction precision, value only (${what}: ${ours.found} found)`,
      pct(ours, "valueMatched", "found"),
      "%",
      { name: regex("value only"), value: pct(naive, "valueMatched", "found") },
    ),
    figure(
      `figure extraction recall, value only (${what}: ${ours.labels} labelled)`,
      pct(ours, "valueMatched", "labels"),
      "%",
      { name: regex("value only"), value: pct(naive, "valueMatched", "labels") },
    ),
    figure(
      `figure extraction precision, value + qualifier + metric (${what})`,
      pct(ours, "fullMatched", "found"),
      "%",
      { name: regex("value + qualifier + metric"), value: pct(naive, "fullMatched", "found") },
    ),
    figure(
      `figure extraction recall, value + qualifier + metric (${what})`,
      pct(ours, "fullMatched", "labels"),
      "%",
      { name: regex("value + qualifier + metric"), value: pct(naive, "fullMatched", "labels") },
      recallGoal,
    ),
  ];
}

function quoteFigures(what: string, classified: Classified[], notes: string[], showQuotes = true): BenchFigure[] {
  const ours = detection(classified, "flagged");
  const naive = detection(classified, "differs");
  const quotes = new Set(classified.map((c) => c.quote.text)).size;
  for (const k of byKind(classified))
    notes.push(
      `quotes (${what}): ${k.kind.padEnd(16)} ${k.altered ? "ALTERED" : "SAME   "} flagged altered ${k.flagged}/${k.count}`,
    );
  for (const c of classified.filter((c) => c.flagged !== c.variant.altered)) {
    const shown = showQuotes
      ? `“${c.quote.text}” → “${c.variant.text}”`
      : `a quote of ${c.quote.speaker ?? "no named speaker"}`;
    notes.push(
      `quotes (${what}): ${c.variant.kind} (${c.variant.altered ? "ALTERED" : "SAME"}) classified ${c.flagged ? "altered" : "not altered"}: ${shown}`,
    );
  }
  const baseline = "exact string equality of the quoted words";
  return [
    figure(
      `altered-quote detection precision (${what}: ${quotes} quotes, ${classified.length} variants)`,
      ours.precision,
      "%",
      { name: baseline, value: naive.precision },
    ),
    figure(`altered-quote detection recall (${what}: ${ours.labelled} altered variants)`, ours.recall, "%", {
      name: baseline,
      value: naive.recall,
    }),
  ];
}

function printTable(figures: BenchFigure[], notes: string[]): void {
  const show = (n: number) => (Number.isFinite(n) ? String(n) : "n/a");
  const width = Math.max(...figures.map((f) => f.name.length));
  const lines = [`${"measure".padEnd(width)}  ${"value".padStart(9)}  ${"baseline".padStart(9)}  goal`];
  for (const f of figures)
    lines.push(
      `${f.name.padEnd(width)}  ${`${show(f.value)} ${f.unit === "%" ? "%" : ""}`.padStart(9)}  ${`${show(f.baseline.value)} ${f.unit === "%" ? "%" : ""}`.padStart(9)}  ${f.goal ?? ""}`,
    );
  console.error(
    ["", "bench integrity:", ...lines, "", "details and failing cases:", ...notes.map((n) => `  ${n}`), ""].join("\n"),
  );
}

runWhenMain(import.meta.url, benchIntegrity);
