import { db } from "@/lib/db/client";
import { CONFIG } from "@/lib/search/search-sql";
import { termStatistics, type TermStatistics, type TermTable } from "@/lib/search/vector-statistics";

/**
 * Which of a text's terms a candidate look-up uses. A term many rows hold
 * tells few rows apart and makes the look-up rank them all: "Another 68 people
 * were treated" matched nearly every article through "another" (~740 ms at the
 * scale bench's 100×), and an article's quoted words ("never", "whole",
 * "government") matched a quarter of 50,000 claims (~200 ms). PostgreSQL
 * already counts how often each lexeme of a tsvector column occurs (ANALYZE's
 * most_common_elems), so, at no cost per row:
 * - terms made only of lexemes in more than COMMON_SHARE of the rows are left out;
 * - the rest are taken rarest first while the rows they are estimated to match
 *   stay within MATCH_BUDGET: the rarest terms (names, figures) are the ones
 *   that tell a passage stating the same thing from the rest, and the cost of
 *   the look-up then follows the budget, not the size of the workspace.
 * Before the first ANALYZE there are no statistics and every term is used.
 *
 * The statistics target of Claim's and Article's searchVector is raised to
 * 1000 (migration …_search_vector_statistics): with the default 100 ANALYZE
 * read a random 30,000 rows, and two analyses of unchanged data at the scale
 * bench's 100× chose other terms and gave 3,843 and 4,184 findings over the
 * same 60 articles. 1000 reads every row up to 300,000 (per table, all
 * workspaces together), so the shares, and the findings, follow the data only;
 * it also lists up to 10,000 lexemes, which lowers unlistedShare.
 */

/** A lexeme in more of a table's rows than this is "common". */
export const COMMON_SHARE = 0.05;
/** Rows the kept terms may be estimated to match together (the look-up weighs each of them: candidates.ts). */
export const MATCH_BUDGET = 1_000;
/** Terms kept whatever the budget says, rarest first: a look-up needs something to look for. */
const MIN_TERMS = 2;
/** The lexemes of `table`'s searchVector in more than COMMON_SHARE of its rows. */
export async function commonLexemes(table: TermTable): Promise<ReadonlySet<string>> {
  const { shares } = await termStatistics(table);
  return new Set([...shares].filter(([, share]) => share > COMMON_SHARE).map(([lexeme]) => lexeme));
}

/**
 * Pure: the terms a look-up uses, in their original order (see the top of this
 * file). A term matches the rows holding all its lexemes, so its share is its
 * rarest lexeme's. A term without lexemes (a stop word) is left out; when every
 * term is common, all of them are kept, so a text of common words still finds
 * what it can.
 */
export function tellingTerms(
  terms: readonly { term: string; lexemes: readonly string[] }[],
  statistics: TermStatistics,
  budget = MATCH_BUDGET,
): string[] {
  const rated = terms
    .filter((t) => t.lexemes.length > 0)
    .map((t, order) => ({
      term: t.term,
      order,
      share: Math.min(...t.lexemes.map((lexeme) => statistics.shares.get(lexeme) ?? statistics.unlistedShare)),
    }));
  const rarer = rated.filter((t) => t.share <= COMMON_SHARE).sort((a, b) => a.share - b.share || a.order - b.order);
  if (rarer.length === 0) return terms.map((t) => t.term);
  const kept: typeof rarer = [];
  let estimatedRows = 0;
  for (const term of rarer) {
    const rows = term.share * statistics.rows;
    if (kept.length >= MIN_TERMS && estimatedRows + rows > budget) break;
    kept.push(term);
    estimatedRows += rows;
  }
  return kept.sort((a, b) => a.order - b.order).map((t) => t.term);
}

/** The terms of `terms` a look-up in `table` uses (see tellingTerms), lexemes as the search configuration makes them. */
export async function rarerTerms(table: TermTable, terms: readonly string[]): Promise<string[]> {
  return (await termLookup(table, terms)).terms;
}

export interface TermLookup {
  /** the terms to look up (see tellingTerms) */
  terms: string[];
  /** the rows they are estimated to match together: more than MATCH_BUDGET when every term is common; 0 without statistics */
  estimatedRows: number;
  /** the share of rows estimated to hold every one of them (the product of their shares, as PostgreSQL estimates an AND); 0 without statistics */
  everyShare: number;
}

/** rarerTerms, with the rows its terms are estimated to match. */
export async function termLookup(table: TermTable, terms: readonly string[]): Promise<TermLookup> {
  const statistics = await termStatistics(table);
  if (statistics.shares.size === 0 || terms.length === 0) return { terms: [...terms], estimatedRows: 0, everyShare: 0 };
  const rows = await db.$queryRaw<{ term: string; lexemes: string[] }[]>`
    SELECT t.term, tsvector_to_array(to_tsvector(${CONFIG}, t.term)) AS lexemes FROM unnest(${terms}::text[]) AS t(term)`;
  const kept = tellingTerms(rows, statistics);
  const wanted = new Set(kept);
  const everyShare = rows
    .filter((t) => wanted.has(t.term) && t.lexemes.length > 0)
    .reduce((share, t) => share * termShare(t.lexemes, statistics), 1);
  return { terms: kept, estimatedRows: estimatedRows(rows, kept, statistics), everyShare };
}

/** Pure: the share of rows a term of these lexemes matches, estimated as its rarest lexeme's. */
function termShare(lexemes: readonly string[], statistics: TermStatistics): number {
  return Math.min(...lexemes.map((lexeme) => statistics.shares.get(lexeme) ?? statistics.unlistedShare));
}

/**
 * Pure: the rows the `kept` terms match together, estimated as tellingTerms
 * estimates them (each its rarest lexeme's share), at most the table's rows.
 */
export function estimatedRows(
  terms: readonly { term: string; lexemes: readonly string[] }[],
  kept: readonly string[],
  statistics: TermStatistics,
): number {
  const wanted = new Set(kept);
  let rows = 0;
  for (const t of terms)
    if (wanted.has(t.term) && t.lexemes.length > 0)
      rows += Math.min(...t.lexemes.map((l) => statistics.shares.get(l) ?? statistics.unlistedShare)) * statistics.rows;
  return Math.min(rows, statistics.rows);
}
