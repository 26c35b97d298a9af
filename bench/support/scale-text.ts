/**
 * Article texts for the workspace-size benchmark (bench/scale.ts), made from
 * the project's own test articles (test/articles): a "story" is a few of
 * them with their names, places and figures replaced by the story's own, and
 * each article of the story reports it with its own wording of the figures
 * (most keep the story's, some give another: the disagreements a desk checks).
 * Deterministic: the same seed makes the same texts.
 */
import { testArticles } from "@/test/articles/test-articles";
import { seeded } from "./seeded-random";
import { inventWord, SYLLABLES } from "./invented-word";

/** The search bench's syllables and a few more: the scale bench's names. */
const SCALE_SYLLABLES = [...SYLLABLES, "qu", "ef", "ol", "ut", "ham"];
/** Capitalised words that are no names: months, days, languages, words that open sentences. */
const KEEP = new Set(
  "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday English Ukrainian Arabic Mayor Street Valley City Radio Market Fire Fuels Coastal Courier"
    .split(" ")
    .map((w) => w.toLowerCase()),
);
const NAME = /\p{Lu}[\p{L}’'-]+/gu;
const NUMBER = /\d[\d,]*\d|\d/g;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const MONTH_DAY = /(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/;
const DATE = /\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\b/g;

export interface Story {
  /** the test articles it is made of, in reading order */
  parts: string[];
  /** proper noun (lower case) → its replacement in this story */
  names: Map<string, string>;
  /** a figure as written → the story's figure */
  figures: Map<string, number>;
  seed: number;
  /** days every date of the story is moved by, so two stories are never the same day's event */
  shiftDays: number;
}

export interface Corpus {
  sources: string[];
  /** words that open a sentence somewhere in the sources: never replaced */
  openers: Set<string>;
  /** generated names and places, picked with a skew (a few everywhere, most rare) */
  words: string[];
}

export function corpus(seed: number, wordCount: number): Corpus {
  const random = seeded(seed);
  const sources = testArticles().map((a) => a.text.trim());
  // a name is a capitalised word found somewhere other than at the start of a sentence or line ("through Adley Valley")
  const initial = new Set<number>();
  const names = new Set<string>();
  for (const text of sources) {
    for (const m of text.matchAll(/(?:^|[.!?”"—:«]\s+|“)(\p{Lu}[\p{L}’'-]+)/gmu))
      initial.add(m.index + m[0].length - m[1]!.length);
    for (const m of text.matchAll(NAME))
      if (!initial.has(m.index) && m[0] !== m[0].toUpperCase()) names.add(m[0].toLowerCase().replace(/[’']s$/u, ""));
    initial.clear();
  }
  const openers = new Set<string>();
  for (const text of sources)
    for (const m of text.matchAll(NAME)) {
      const key = m[0].toLowerCase().replace(/[’']s$/u, "");
      if (!names.has(key)) openers.add(key);
    }
  const word = () => inventWord(random, 2 + Math.floor(random() * 2), SCALE_SYLLABLES);
  const words = [...new Set(Array.from({ length: wordCount }, word))];
  return { sources, openers, words };
}

/** A story: 2–4 test articles, every name of them mapped to a generated one, every figure to the story's own. */
export function story(c: Corpus, seed: number): Story {
  const random = seeded(seed);
  const count = 2 + Math.floor(random() * 3);
  const parts: string[] = [];
  const order = c.sources.map((s, i) => ({ s, k: random() + i * 0 })).sort((a, b) => a.k - b.k);
  for (const { s } of order.slice(0, count)) parts.push(s);
  const names = new Map<string, string>();
  const figures = new Map<string, number>();
  const skewed = () => c.words[Math.floor(c.words.length * random() ** 2)]!;
  for (const text of parts) {
    for (const m of text.matchAll(NAME)) {
      const key = m[0].toLowerCase().replace(/[’']s$/u, "");
      if (KEEP.has(key) || c.openers.has(key) || names.has(key)) continue;
      names.set(key, skewed());
    }
    for (const m of text.matchAll(NUMBER)) {
      if (figures.has(m[0]) || keepNumber(text, m.index, m[0])) continue;
      const n = Number(m[0].replace(/,/g, ""));
      figures.set(m[0], Math.max(1, Math.round(n * (0.4 + random() * 2.5))));
    }
  }
  return { parts, names, figures, seed, shiftDays: Math.floor(random() * 700) };
}

/** Years and days of a month stay as written (an article's dates must stay dates). */
function keepNumber(text: string, index: number, written: string): boolean {
  if (/^(19|20)\d\d$/.test(written)) return true;
  return Number(written) <= 31 && MONTH_DAY.test(text.slice(Math.max(0, index - 12), index));
}

/**
 * The `variant`-th article of a story: the story's names; its figures, except
 * that now and then one is reported otherwise. Parts joined by blank lines.
 */
export function storyArticle(s: Story, variant: number): string {
  const random = seeded(s.seed * 31 + variant + 1);
  const own = new Map<string, number>();
  for (const [written, n] of s.figures)
    own.set(written, variant > 0 && random() < 0.15 ? Math.max(1, Math.round(n * (0.7 + random() * 0.6)) + 1) : n);
  const text = s.parts
    .map((part) =>
      part
        .replace(NAME, (w) => {
          const key = w.toLowerCase().replace(/[’']s$/u, "");
          const to = s.names.get(key);
          if (!to) return w;
          const suffix = w.slice(key.length);
          return (w === w.toUpperCase() && w.length > 1 ? to.toUpperCase() : to) + suffix;
        })
        .replace(NUMBER, (written, index: number, whole: string) => {
          if (keepNumber(whole, index, written)) return written;
          const n = own.get(written);
          return n === undefined ? written : n.toLocaleString("en");
        }),
    )
    .join("\n\n")
    .replace(DATE, (_, month: string, day: string) => {
      const moved = new Date(Date.UTC(2025, MONTHS.indexOf(month), Number(day)) + s.shiftDays * 86_400_000);
      return `${MONTHS[moved.getUTCMonth()]} ${moved.getUTCDate()}`;
    });
  return text;
}

/** A title from the article's first sentence that is not a byline. */
export function titleOf(text: string): string {
  const line = text.split("\n").find((l) => l.trim() && !/^By\s/.test(l)) ?? text;
  const words = line
    .replace(/^[\p{Lu}\s]+,[^—]*—\s*/u, "")
    .split(/\s+/)
    .slice(0, 12)
    .join(" ");
  return words.length > 5 ? words : "Untitled report";
}
