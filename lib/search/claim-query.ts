import { Prisma } from "@/lib/generated/prisma/client";
import { isKnownName, nameVariants } from "@/lib/search/fold-names";
import { wholeNumberPattern, writtenForms } from "@/lib/search/whole-number-pattern";
import { CONFIG, tsQuery } from "@/lib/search/search-sql";
import { websearchClauses } from "@/lib/search/websearch-terms";

/**
 * What the claim search adds to PostgreSQL's reading of a query
 * (lib/search/README.md, "Claims: spellings and numbers"):
 * - each name matches any of its spellings (built-in groups and the
 *   workspace's): "Kiev" is rewritten to kyiv | kiev | kiew inside the
 *   user's query, so phrases, OR and exclusions keep working;
 * - a number matches however its thousands are written ("1200" = "1,200"),
 *   and a required number only as a whole number: the text search splits
 *   "1,200" into 1 and 200, so "200" alone would find it.
 */

/** Rewrites per query: a 200-character query has few names and numbers, and each costs a tsquery rewrite. */
const MAX_REWRITES = 24;
/** The most words of a name written as several words ("al Qaeda"). */
const MAX_NAME_WORDS = 3;

interface Rewrite {
  /** as it appears in the query: websearch syntax */
  target: string;
  /** each becomes a phrase; the alternatives replace the target */
  spellings: string[];
}

/** The claim search's tsquery: the user's query with spelling variants and written forms of numbers as alternatives. */
export function claimTsQuery(query: string, groups: readonly string[]): Prisma.Sql {
  let q = tsQuery(query);
  for (const { target, spellings } of rewrites(query, groups)) {
    const alternatives = Prisma.join(
      spellings.map((s) => Prisma.sql`phraseto_tsquery(${CONFIG}, ${s})`),
      " || ",
    );
    q = Prisma.sql`ts_rewrite(${q}, websearch_to_tsquery(${CONFIG}, ${target}), (${alternatives}))`;
  }
  return q;
}

/**
 * `AND …` conditions (claim alias `c`) that the query's required numbers
 * appear in the statement or claimant as whole numbers ("90" never matches
 * "190" or "1,090"), or nothing. A clause of alternatives ("90 OR 91")
 * needs one of them; a clause with an exclusion or a word without a number
 * is left to the text search.
 */
export function wholeNumberFilter(query: string): Prisma.Sql {
  const conditions = websearchClauses(query).flatMap((clause) => {
    if (clause.alternatives.some((a) => a.negated)) return [];
    const numbers = clause.alternatives.map((a) => numbersIn(a.text));
    if (numbers.some((n) => n.length === 0)) return [];
    const each = numbers.map((patterns) =>
      Prisma.join(
        patterns.map((p) => Prisma.sql`(c.statement ~ ${p} OR coalesce(c.claimant, '') ~ ${p})`),
        " AND ",
      ),
    );
    return [Prisma.sql`(${Prisma.join(each, " OR ")})`];
  });
  return conditions.length ? Prisma.sql` AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);
}

/** The whole-number patterns of the numbers among a term's words. */
function numbersIn(text: string): string[] {
  return wordsOf(text).flatMap((w) => wholeNumberPattern(w) ?? []);
}

function rewrites(query: string, groups: readonly string[]): Rewrite[] {
  const found = new Map<string, Rewrite>();
  const add = (target: string, spellings: string[]) => {
    if (spellings.length > 1 && !found.has(target.toLowerCase()))
      found.set(target.toLowerCase(), { target, spellings });
  };
  for (const { words, phrase } of wordRuns(query)) {
    for (const [i, word] of words.entries()) {
      if (wholeNumberPattern(word) !== null) add(word, writtenForms(word));
      else add(word, nameVariants(word, groups).map(asPhrase));
      // a name of several words typed as separate words ("al Qaeda")
      for (let n = 2; n <= MAX_NAME_WORDS && i + n <= words.length; n++) {
        const name = words.slice(i, i + n).join(" ");
        if (isKnownName(name, groups)) add(phrase ? `"${name}"` : name, nameVariants(name, groups).map(asPhrase));
      }
    }
  }
  return [...found.values()].slice(0, MAX_REWRITES);
}

/**
 * The query's words in runs that websearch_to_tsquery keeps together: a
 * phrase, or consecutive plain required words (an AND of them, which
 * ts_rewrite finds inside the query's AND).
 */
function wordRuns(query: string): { words: string[]; phrase: boolean }[] {
  const runs: { words: string[]; phrase: boolean }[] = [];
  let plain: string[] = [];
  const endPlain = () => {
    if (plain.length) runs.push({ words: plain, phrase: false });
    plain = [];
  };
  for (const clause of websearchClauses(query)) {
    const [only] = clause.alternatives;
    if (clause.alternatives.length === 1 && !only!.negated && !only!.phrase) {
      plain.push(...wordsOf(only!.text));
      continue;
    }
    endPlain();
    for (const term of clause.alternatives) runs.push({ words: wordsOf(term.text), phrase: term.phrase });
  }
  endPlain();
  return runs;
}

/** "Al-Qaeda" as the phrase "Al Qaeda": it finds both "Al-Qaeda" and "al Qaeda". */
function asPhrase(spelling: string): string {
  return spelling.replace(/-/g, " ");
}
