import { readDb } from "@/lib/db/replica";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimFilters, CONFIG, type SearchScope } from "@/lib/search/search-sql";
import { claimTsQuery, wholeNumberFilter } from "@/lib/search/claim-query";
import { nameVariants } from "@/lib/search/fold-names";
import type { SnippetPart } from "@/lib/search/snippet";
import type { WebsearchTerms } from "@/lib/search/websearch-terms";

/**
 * How alike a claim's wording must be to an unknown word of the query (pg_trgm
 * word_similarity, 0–1). 0.5 lets a dropped, doubled or changed letter in a
 * name through ("Zelenskiy" finds "Zelensky"), which pg_trgm's default of 0.6
 * does not, and keeps unrelated claims out.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;
/** Shorter words have too few trigrams to compare. */
const MIN_WORD_LENGTH = 3;
const MAX_WORDS = 8;
/**
 * Similar claims compared to pick the best: a short unknown word can resemble
 * thousands of statements, and each comparison costs tens of microseconds.
 */
const MAX_CANDIDATES = 200;

export interface SimilarClaim {
  id: string;
  claimDate: Date | null;
  statement: SnippetPart[];
  claimant: SnippetPart[];
  similar: true;
}

/**
 * Typo-tolerant claim look-up ("did you mean"): the query's words that no
 * claim of the workspace contains are probably misspelt; live claims that
 * contain the other words and wording similar to the unknown ones (trigram
 * word similarity on statement and claimant) are returned, most similar first,
 * at most `limit`, leaving out what the query matched or excluded. Comparing
 * only unknown words keeps it precise and fast: common words would make every
 * claim a candidate. A word is known when a claim has any of its spellings
 * ("Kiev" is known from "Kyiv"), and required numbers stay whole numbers, as
 * in the word search (claim-query.ts).
 */
export async function findSimilarClaims(
  scope: SearchScope,
  query: string,
  terms: WebsearchTerms,
  limit: number,
): Promise<SimilarClaim[]> {
  const words = [
    ...new Set(terms.include.flatMap((t) => t.split(/\s+/)).filter((w) => w.length >= MIN_WORD_LENGTH)),
  ].slice(0, MAX_WORDS);
  if (words.length === 0) return [];
  const ws = scope.workspaceId;
  const excluded = terms.exclude.length
    ? claimTsQuery(terms.exclude.map((t) => `"${t}"`).join(" OR "), scope.nameVariants)
    : null;
  // each word with its spellings, as a websearch query: "Kiev" → Kiev OR "Kyiv" OR "Kiew"
  const spelled = words.map((w) =>
    nameVariants(w, scope.nameVariants)
      .map((s, i) => (i === 0 ? s : `"${s}"`))
      .join(" OR "),
  );
  return readDb.$transaction(async (tx) => {
    const known = await tx.$queryRaw<{ word: string; known: boolean }[]>`
      SELECT w AS word, EXISTS (
        SELECT 1 FROM "Claim" c WHERE c."workspaceId" = ${ws} AND c."deletedAt" IS NULL AND c."searchVector" @@ websearch_to_tsquery(${CONFIG}, s)
      ) AS known
      FROM unnest(${words}::text[], ${spelled}::text[]) AS t(w, s)`;
    const unknown = known.filter((k) => !k.known).map((k) => k.word);
    if (unknown.length === 0) return [];
    const text = unknown.join(" ");
    const knownText = known
      .filter((k) => k.known)
      .map((k) => k.word)
      .join(" ");
    // pg_trgm reads its threshold from a setting; and the planner, which cannot
    // estimate <%, must use the trigram indexes rather than compare with every
    // claim. Both settings end with this transaction.
    await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true), set_config('enable_seqscan', 'off', true)`;
    const rows = await tx.$queryRaw<
      { id: string; claimDate: Date | null; statement: string; claimant: string | null }[]
    >`
      SELECT c.id, c."claimDate", c.statement, c.claimant
      FROM (
        SELECT c.id, c."claimDate", c.statement, c.claimant, c."createdAt"
        FROM "Claim" c
        WHERE c."workspaceId" = ${ws} AND c."deletedAt" IS NULL
          AND (${text} <% c.statement OR ${text} <% c.claimant)
          AND NOT (c."searchVector" @@ ${claimTsQuery(query, scope.nameVariants)})
          ${knownText ? Prisma.sql`AND c."searchVector" @@ ${claimTsQuery(knownText, scope.nameVariants)}` : Prisma.empty}
          ${wholeNumberFilter(query)}
          ${excluded ? Prisma.sql`AND NOT (c."searchVector" @@ ${excluded})` : Prisma.empty}
          ${claimFilters(scope)}
        LIMIT ${MAX_CANDIDATES}
      ) c
      ORDER BY greatest(word_similarity(${text}, c.statement), word_similarity(${text}, coalesce(c.claimant, ''))) DESC, c."createdAt" DESC, c.id
      LIMIT ${limit}`;
    return rows.map((r) => ({
      id: r.id,
      claimDate: r.claimDate,
      statement: [{ text: r.statement, hit: false }],
      claimant: r.claimant ? [{ text: r.claimant, hit: false }] : [],
      similar: true as const,
    }));
  });
}
