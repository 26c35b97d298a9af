import { db } from "@/lib/db/client";
import { CONFIG } from "@/lib/search/search-sql";

/**
 * Terms that most rows hold tell few rows apart. A look-up for "Another 68
 * people were treated" matched nearly every article through "another" and
 * ranked them all (~740 ms at the scale bench's 100×); in a Ukrainian newsroom
 * "Kyiv" and "Ukraine" are such terms too. PostgreSQL already counts how often
 * each lexeme of a tsvector column occurs (ANALYZE's most_common_elems), so
 * the candidate look-ups leave out terms made only of lexemes in more than
 * COMMON_SHARE of the rows, at no cost per row.
 */

/** A lexeme in more of a table's rows than this is "common". */
export const COMMON_SHARE = 0.05;
/** The statistics change slowly (autovacuum's ANALYZE): read them once in a while, per process. */
const STATISTICS_TTL_MS = 10 * 60_000;

export type TermTable = "Article" | "Claim";

const commonByTable = new Map<TermTable, { readAt: number; lexemes: ReadonlySet<string> }>();

/** Forget the statistics read so far (tests that ANALYZE and look again). */
export function forgetTermStatistics(): void {
  commonByTable.clear();
}

/** The lexemes of `table`'s searchVector in more than COMMON_SHARE of its rows; empty before the first ANALYZE. */
export async function commonLexemes(table: TermTable): Promise<ReadonlySet<string>> {
  const cached = commonByTable.get(table);
  if (cached && Date.now() - cached.readAt < STATISTICS_TTL_MS) return cached.lexemes;
  const rows = await db.$queryRaw<{ elems: string[] | null; freqs: number[] | null }[]>`
    SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs
      FROM pg_stats WHERE schemaname = current_schema() AND tablename = ${table} AND attname = 'searchVector'`;
  const { elems, freqs } = rows[0] ?? { elems: null, freqs: null };
  const lexemes = new Set((elems ?? []).filter((_, i) => (freqs?.[i] ?? 0) > COMMON_SHARE));
  commonByTable.set(table, { readAt: Date.now(), lexemes });
  return lexemes;
}

/**
 * Pure: the terms with at least one lexeme that is not common; all of them when
 * none is left, so a text of only common words still finds what it can.
 */
export function withoutCommonTerms(
  terms: readonly { term: string; lexemes: readonly string[] }[],
  common: ReadonlySet<string>,
): string[] {
  const rarer = terms.filter((t) => t.lexemes.some((lexeme) => !common.has(lexeme))).map((t) => t.term);
  return rarer.length > 0 ? rarer : terms.map((t) => t.term);
}

/** `terms` without the common ones of `table` (see withoutCommonTerms), lexemes as the search configuration makes them. */
export async function rarerTerms(table: TermTable, terms: readonly string[]): Promise<string[]> {
  const common = await commonLexemes(table);
  if (common.size === 0 || terms.length === 0) return [...terms];
  const rows = await db.$queryRaw<{ term: string; lexemes: string[] }[]>`
    SELECT t.term, tsvector_to_array(to_tsvector(${CONFIG}, t.term)) AS lexemes FROM unnest(${terms}::text[]) AS t(term)`;
  return withoutCommonTerms(rows, common);
}
