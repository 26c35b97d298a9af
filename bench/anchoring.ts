/**
 * Re-anchoring benchmark: 5,000 annotations on a ~200 KB article of repeated
 * paragraphs after 50 scattered edits (phrases inserted, characters deleted,
 * digits changed, whole sentences deleted — an identical copy usually remains
 * elsewhere — and words replaced). The goal is ≤ 10 ms for the whole run and
 * 0 wrong placements, judged against the ground truth of the edit script
 * (test/anchoring/edit-script.ts), not against any diff. The baseline,
 * measured in the same process, is 5,000 plain `indexOf` look-ups of the
 * quotes in the new text, the least any quote-based re-anchoring must do.
 * Run alone: `npx tsx bench/anchoring.ts`.
 */
import { diffChars } from "diff";
import { describeSpan, reanchorAll, type StoredAnchor } from "@/lib/anchoring";
import { diffTexts } from "@/lib/anchoring/text-diff";
import { figure, type BenchFigure } from "./figure";
import { runWhenMain } from "./support/bench-process";
import { seeded } from "./support/seeded-random";
import { longArticle } from "./support/long-article";
import { judge, randomEdits, trackSpan } from "@/test/anchoring/edit-script";

const ARTICLE_SIZE = 200_000;
const ANNOTATIONS = 5_000;
const EDITS = 50;
const RUNS = 15;
/**
 * Warm-up before timing, as the other benches do: on Node 20 the per-anchor
 * code reaches optimised machine code only after ten to twenty runs (the first
 * take 30–90 ms on a busy machine), and one warm-up run measured mostly the
 * compiler. Capped in time for the slow figures (a reversed text takes ~0.5 s a run).
 */
const WARM_UP_RUNS = 20;
const WARM_UP_MS = 1_500;

export async function benchAnchoring(): Promise<BenchFigure[]> {
  const random = seeded(20_250_424);
  const oldText = longArticle(ARTICLE_SIZE);
  const anchors = pickAnchors(oldText, random);
  const { edits, text: newText } = randomEdits(oldText, random, EDITS);

  const reanchor = median(() => reanchorAll(oldText, newText, anchors));
  const unchanged = median(() => reanchorAll(oldText, oldText, anchors));
  const lookups = median(() => anchors.map((a) => newText.indexOf(a.exact)));
  const diffOnce = median(() => diffTexts(oldText, newText));
  // Worst case: every anchor loses its diff mapping and goes to the quote search.
  const rewritten = oldText.split("\n\n").reverse().join("\n\n");
  const rewrite = median(() => reanchorAll(oldText, rewritten, anchors), 2);
  const plainDiff = median(() => diffChars(oldText, newText), 3);

  const baseline = { name: `${ANNOTATIONS} indexOf look-ups of the quotes in the new text`, value: lookups.ms };
  const figures: BenchFigure[] = [
    figure(
      `reanchor ${ANNOTATIONS} annotations, ${(oldText.length / 1000).toFixed(0)} KB article, ${EDITS} edits`,
      reanchor.ms,
      "ms",
      baseline,
      "≤ 10 ms",
    ),
    figure(`reanchor ${ANNOTATIONS} annotations, unchanged text`, unchanged.ms, "ms", baseline, "< 5 ms"),
    figure("text diff old → new (clause, then word, then character level)", diffOnce.ms, "ms", {
      name: "one jsdiff diffChars over the whole text",
      value: plainDiff.ms,
    }),
    figure(`reanchor ${ANNOTATIONS} annotations, paragraph order reversed (all searched)`, rewrite.ms, "ms", baseline),
  ];
  const states = new Map<string, number>();
  for (const r of reanchor.result) states.set(r.state, (states.get(r.state) ?? 0) + 1);
  for (const state of ["EXACT", "RELOCATED", "TEXT_CHANGED", "AMBIGUOUS", "ORPHANED"]) {
    figures.push(
      figure(`annotations ${state} after the edits`, states.get(state) ?? 0, "annotations", {
        name: "annotations",
        value: ANNOTATIONS,
      }),
    );
  }
  const verdicts = { right: 0, wrong: 0, lost: 0 };
  reanchor.result.forEach((result, i) => verdicts[judge(result, trackSpan(anchors[i]!, edits, oldText, newText))]++);
  const all = { name: "annotations", value: ANNOTATIONS };
  figures.push(
    figure(
      "annotations placed wrong (against the edit script's ground truth)",
      verdicts.wrong,
      "annotations",
      all,
      "0",
    ),
  );
  figures.push(
    figure(
      "annotations not placed (AMBIGUOUS, ORPHANED) although some of their text remains",
      verdicts.lost,
      "annotations",
      all,
    ),
  );
  return figures;
}

/** Random spans of 1–12 words starting and ending on word boundaries. */
function pickAnchors(text: string, random: () => number): StoredAnchor[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return Array.from({ length: ANNOTATIONS }, (_, i) => {
    const first = Math.floor(random() * (words.length - 12));
    const last = first + Math.floor(random() * 12);
    const { quote } = describeSpan(text, words[first]!.start, words[last]!.end);
    return {
      id: `a${i}`,
      start: words[first]!.start,
      end: words[last]!.end,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
    };
  });
}

function median<T>(run: () => T, runs = RUNS): { ms: number; result: T } {
  // warm-up: JIT and lazy initialisation are not what we measure
  const warmUpEnds = performance.now() + WARM_UP_MS;
  for (let i = 0; i < WARM_UP_RUNS && (i === 0 || performance.now() < warmUpEnds); i++) run();
  const times: number[] = [];
  let result = run();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

runWhenMain(import.meta.url, benchAnchoring);
