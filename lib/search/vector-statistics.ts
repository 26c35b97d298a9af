import { db } from "@/lib/db/client";

/**
 * What ANALYZE knows of the search vectors: which lexemes are common, in what
 * share of a table's rows (pg_stats.most_common_elems). The repeated-claim
 * check and the claim suggestions choose the terms they look up from it
 * (lib/claims/common-terms.ts); the note and claim searches size their
 * recency windows with it (recency-windows.ts).
 */

/** The statistics change slowly (autovacuum's ANALYZE): read them once in a while, per process. */
const STATISTICS_TTL_MS = 10 * 60_000;

/** The tables whose searchVector statistics are read (Annotation: only for the search's recency windows). */
export type TermTable = "Article" | "Claim" | "Annotation";

/** What ANALYZE knows of a table's searchVector. */
export interface TermStatistics {
  /** share of rows holding the lexeme, for the most common ones */
  shares: ReadonlyMap<string, number>;
  /** the share assumed for a lexeme not listed: half the least common listed one (as PostgreSQL's own estimate) */
  unlistedShare: number;
  /** rows in the table, as last estimated */
  rows: number;
}

/** What is known before the first ANALYZE. */
export const NO_STATISTICS: TermStatistics = { shares: new Map(), unlistedShare: 0, rows: 0 };
const statisticsByTable = new Map<TermTable, { readAt: number; statistics: TermStatistics }>();

/** Forget the statistics read so far (tests that ANALYZE and look again). */
export function forgetTermStatistics(): void {
  statisticsByTable.clear();
}

/** `table`'s searchVector statistics; NO_STATISTICS before the first ANALYZE. */
export async function termStatistics(table: TermTable): Promise<TermStatistics> {
  const cached = statisticsByTable.get(table);
  if (cached && Date.now() - cached.readAt < STATISTICS_TTL_MS) return cached.statistics;
  const rows = await db.$queryRaw<{ elems: string[] | null; freqs: number[] | null; reltuples: number | null }[]>`
    SELECT s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs, c.reltuples::float8 AS reltuples
      FROM pg_stats s JOIN pg_class c ON c.relname = s.tablename AND c.relnamespace = to_regnamespace(s.schemaname)
     WHERE s.schemaname = current_schema() AND s.tablename = ${table} AND s.attname = 'searchVector'`;
  const { elems, freqs, reltuples } = rows[0] ?? { elems: null, freqs: null, reltuples: null };
  // after the per-lexeme frequencies come their minimum, their maximum and (optionally) the null frequency
  const statistics: TermStatistics =
    elems && freqs && elems.length > 0
      ? {
          shares: new Map(elems.map((lexeme, i) => [lexeme, freqs[i] ?? 0])),
          unlistedShare: (freqs[elems.length] ?? 0) / 2,
          rows: Math.max(reltuples ?? 0, 0),
        }
      : NO_STATISTICS;
  statisticsByTable.set(table, { readAt: Date.now(), statistics });
  return statistics;
}

/**
 * Pure: the share of rows estimated to match a query (its querytree), from
 * the statistics of their vectors: its rarest word's share, or the sum
 * of its words' when it has an OR (words after "-" do not count); null
 * without statistics or words.
 */
export function queryShare(tree: string, statistics: TermStatistics): number | null {
  if (statistics.shares.size === 0) return null;
  const lexemes = [...tree.matchAll(/(!?)'((?:[^']|'')+)'/g)]
    .filter((m) => m[1] === "")
    .map((m) => m[2]!.replace(/''/g, "'"));
  if (lexemes.length === 0) return null;
  const shares = lexemes.map((lexeme) => statistics.shares.get(lexeme) ?? statistics.unlistedShare);
  return tree.includes("|")
    ? Math.min(
        shares.reduce((sum, share) => sum + share, 0),
        1,
      )
    : Math.min(...shares);
}
