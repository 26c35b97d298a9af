/**
 * Baseline on the real articles of the corpus (test/corpus/corpus-dir.ts): the spans an editor would
 * pick, their selectors (stored as offsets and lengths only, in
 * fixtures/corpus-spans.json), and re-anchoring after typical edits.
 * Regenerate the fixture after a deliberate change to describeSpan with
 * UPDATE_ANCHORING_FIXTURES=1 npx vitest run --project corpus lib/anchoring/reanchor.corpus.test.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeSpan } from "./describe-span";
import { makeAnchor } from "./fixtures/make-anchor";
import { pickSpans } from "./fixtures/pick-spans";
import { reanchorAll } from "./reanchor";
import { loadCorpus } from "@/test/corpus/corpus-dir";

type Baseline = Record<
  string,
  { length: number; spans: [start: number, end: number, prefixLength: number, suffixLength: number][] }
>;

const FIXTURE = path.join(process.cwd(), "lib", "anchoring", "fixtures", "corpus-spans.json");
const corpus = loadCorpus();

function measure(): Baseline {
  const baseline: Baseline = {};
  for (const { file, text } of corpus) {
    const spans = pickSpans(text).map(({ start, end }) => {
      const { quote } = describeSpan(text, start, end);
      return [start, end, quote.prefix.length, quote.suffix.length] as [number, number, number, number];
    });
    baseline[file] = { length: text.length, spans };
  }
  return baseline;
}

if (process.env.UPDATE_ANCHORING_FIXTURES) {
  // One span per line keeps the fixture small and its diffs readable.
  const entries = Object.entries(measure()).map(
    ([file, { length, spans }]) =>
      `  ${JSON.stringify(file)}: {\n    "length": ${length},\n    "spans": [\n${spans.map((s) => `      ${JSON.stringify(s)}`).join(",\n")}\n    ]\n  }`,
  );
  writeFileSync(FIXTURE, `{\n${entries.join(",\n")}\n}\n`);
}

describe.each(corpus)("corpus article $file", ({ file, text }) => {
  const anchors = pickSpans(text).map(({ start, end }, i) => makeAnchor(text, start, end, `${file}#${i}`));

  it("picks the baseline spans and describes them as recorded", () => {
    const baseline = JSON.parse(readFileSync(FIXTURE, "utf8")) as Baseline;
    expect(anchors.length).toBeGreaterThanOrEqual(4);
    expect(measure()[file]).toEqual(baseline[file]);
  });

  it("unchanged text: every annotation EXACT at its offsets", () => {
    const results = reanchorAll(text, text, anchors);
    expect(results.map((r) => [r.state, r.start, r.end])).toEqual(anchors.map((a) => ["EXACT", a.start, a.end]));
  });

  it("a paragraph added on top: every annotation RELOCATED by its length", () => {
    const lead = "Editor's note: this article was updated with new figures from officials.\n";
    const results = reanchorAll(text, lead + text, anchors);
    expect(results.map((r) => [r.state, r.start])).toEqual(anchors.map((a) => ["RELOCATED", a.start + lead.length]));
  });

  it("a line added at the end: every annotation EXACT", () => {
    const results = reanchorAll(text, `${text}\nThis story has been updated.`, anchors);
    expect(results.every((r) => r.state === "EXACT")).toBe(true);
  });

  it("a changed figure: that annotation TEXT_CHANGED with the figure in the diff, the others in place", () => {
    const target = anchors.find((a) => /\d/.test(a.exact))!;
    const figure = /\d+/.exec(target.exact)![0];
    const changedFigure = String(Number(figure) + 7);
    const at = target.start + target.exact.indexOf(figure);
    const edited = text.slice(0, at) + changedFigure + text.slice(at + figure.length);
    const results = reanchorAll(text, edited, anchors);
    const result = results.find((r) => r.id === target.id)!;
    expect(result.state).toBe("TEXT_CHANGED");
    if (result.state !== "TEXT_CHANGED") return;
    expect(result.diff.filter((p) => p.type !== "equal").map((p) => p.text.trim())).toContain(changedFigure);
    expect(result.hardChanges.added.join(" ")).toContain(changedFigure);
    for (const other of results.filter((r) => r.id !== target.id))
      expect(["EXACT", "RELOCATED", "TEXT_CHANGED"]).toContain(other.state);
  });

  it("a changed name: TEXT_CHANGED naming it", () => {
    const target = anchors.find((a) => /\s\p{Lu}\p{Ll}{3,}/u.test(a.exact));
    if (!target) return;
    const name = /\s(\p{Lu}\p{Ll}{3,})/u.exec(target.exact)![1]!;
    const at = target.start + target.exact.indexOf(` ${name}`) + 1;
    const edited = `${text.slice(0, at)}Xavier${text.slice(at + name.length)}`;
    const result = reanchorAll(text, edited, [target])[0]!;
    expect(result).toMatchObject({ state: "TEXT_CHANGED", hardChanges: { removed: [name], added: ["Xavier"] } });
  });

  it("a deleted sentence: its annotation ORPHANED", () => {
    const target = anchors.find((a) => text.indexOf(a.exact) === text.lastIndexOf(a.exact) && a.exact.length > 40)!;
    const edited = text.slice(0, target.start) + text.slice(target.end);
    expect(reanchorAll(text, edited, [target])[0]!.state).toBe("ORPHANED");
  });
});
