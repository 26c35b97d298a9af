import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { claimTsQuery } from "@/lib/search/claim-query";
import { CALENDAR_WORDS, STOP_WORDS } from "@/lib/claims/text-features";
import { MATCH_BUDGET, rarerTerms, termLookup } from "@/lib/claims/common-terms";
import { termStatistics } from "@/lib/search/vector-statistics";
import { metricSpellings } from "@/lib/claims/normalize-metric";

/**
 * Candidate retrieval for suggestions: the articles (or claims) worth comparing
 * sentence by sentence with a text, found through the full-text indexes
 * instead of by reading the workspace. A passage that states the same thing
 * shares its names, figures or quoted words, so those are the terms; any of
 * them may match (a variant with another figure still names the same people),
 * and articles rank by how many of them they hold, the rarer weighing more.
 * The cost follows the matches, not the size of the workspace, and no article
 * is left out for being old (the previous loader read 500 articles in no
 * defined order).
 */

/**
 * Articles compared per claim, sentence by sentence: four times the ten
 * suggestions a claim page shows, few enough to compare in milliseconds (each
 * article's sentences are analysed in full: 100 took ~160 ms at the scale
 * bench's 100×, where one story runs in hundreds of articles).
 */
export const CANDIDATE_ARTICLES = 40;
/**
 * A look-up estimated to match more articles than this (common-terms.ts's
 * estimate) does not rank every match: a claim of common words only ("an
 * explosion tore through three storage tanks") matched 35,000 of the scale
 * bench's 50,000 articles at 100×, ranked in ~700 ms. It ranks the newest
 * RANKED_ARTICLES of the articles holding every term (an article stating the
 * claim does, however old: the intersection is small) and the newest
 * RANKED_ARTICLES of those holding any. Below it every match is weighed
 * (matchingTermsRanked: a few thousand take milliseconds).
 */
export const RANK_ALL_UP_TO = 5 * MATCH_BUDGET;
/** RERANKED × the candidates asked for, the best by their terms' weights, have their vectors read for ts_rank (matchingTermsRanked). */
export const RERANKED = 4;
/** Matches of each kind (every term, any term) ranked, newest first, by a look-up beyond RANK_ALL_UP_TO. */
export const RANKED_ARTICLES = 200;
/**
 * The newest articles holding every term, when they are estimated to be at
 * most this share of all articles: sorted by an expression the createdAt index
 * cannot give, so the planner intersects the terms in the GIN index (no vector
 * read) and sorts those. Ordered by the column, it walked the index back from
 * the newest article, reading each one's TOASTed vector to test it: ~8,800 of
 * them to find 200 holding three common words at the scale bench's 100× (~50
 * ms, the claim page's p95). Above this share the walk is short, and the
 * planner would read every article's vector instead of the index (one word in
 * 70% of them: ~300 ms).
 */
const INTERSECTED_UP_TO = 0.1;
const NEWEST = Prisma.sql`a."createdAt" DESC, a.id DESC`;
const NEWEST_UNINDEXED = Prisma.sql`a."createdAt" + interval '0 seconds' DESC, a.id DESC`;
/** Claims compared per article, for "already checked" on its sentences. */
export const CANDIDATE_CLAIMS = 300;
/** Terms per query: an article names many people and figures; the first ones in reading order are kept. */
const MAX_TERMS = 100;
/** With fewer distinctive terms than this ("the bridge was closed"), the text's content words join them. */
const MIN_TERMS = 2;

const NAME = /\p{Lu}[\p{L}'’-]*/gu;
const NUMBER = /\d[\d,.]*\d|\d/g;
const QUOTED = /[“"«„]([^”"»]{3,300})[”"»]/g;
const QUOTED_WORD = /\p{L}{5,}/gu;

/**
 * The distinctive terms of a text in web-search syntax: the words of names
 * (each on its own, so "Governor Lopez" finds "Maria Lopez"), figures of two
 * characters or more as written, the longer words of direct quotes; never a
 * stop word, a weekday or a month, which most articles hold. Sentence-initial capitals count as names here: an extra
 * alternative costs a little ranking, a missing one a suggestion.
 */
export function distinctiveTerms(text: string): string[] {
  const names = [...text.matchAll(NAME)].map((m) => m[0].replace(/['’]s$/u, "").replace(/['’-]+$/u, ""));
  // a single digit ("3 killed") is in nearly every article; longer figures tell passages apart
  const numbers = [...text.matchAll(NUMBER)].map((m) => m[0].replace(/[.,]$/, "")).filter((n) => n.length > 1);
  const quoted = [...text.matchAll(QUOTED)].flatMap((m) => [...m[1]!.matchAll(QUOTED_WORD)].map((w) => w[0]));
  const significant = (w: string) =>
    w.length > 2 && !STOP_WORDS.has(w.toLowerCase()) && !CALENDAR_WORDS.has(w.toLowerCase());
  const terms = [...new Set([...names, ...quoted].filter(significant).concat(numbers))];
  if (terms.length < MIN_TERMS) terms.push(...new Set((text.match(/\p{L}{4,}/gu) ?? []).filter(significant)));
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

function anyOf(terms: string[], nameVariants: readonly string[]): Prisma.Sql | null {
  return terms.length === 0 ? null : claimTsQuery(terms.join(" or "), nameVariants);
}

/** Every one of the terms (websearch syntax: words side by side are all required). */
function allOf(terms: string[], nameVariants: readonly string[]): Prisma.Sql {
  return claimTsQuery(terms.join(" "), nameVariants);
}

/**
 * Live articles of the workspace most likely to state `text`, best first: all
 * the matches of its telling terms ranked (matchingTermsRanked) or, when even
 * those are estimated to match more than RANK_ALL_UP_TO articles, the newest
 * matches holding every term and the newest holding any, by ts_rank (see
 * RANK_ALL_UP_TO).
 */
export async function candidateArticleIds(
  workspaceId: string,
  text: string,
  nameVariants: readonly string[],
  limit = CANDIDATE_ARTICLES,
): Promise<string[]> {
  const lookup = await termLookup("Article", distinctiveTerms(text));
  const q = anyOf(lookup.terms, nameVariants);
  if (!q) return [];
  const live = Prisma.sql`a."workspaceId" = ${workspaceId} AND a."deletedAt" IS NULL`;
  const rows =
    lookup.estimatedRows > RANK_ALL_UP_TO
      ? // the two sets are joined by id (a UNION of the vectors compared each pair of them), then ranked
        await db.$queryRaw<{ id: string }[]>`
          SELECT a.id FROM "Article" a JOIN (
            (${
              lookup.everyShare <= INTERSECTED_UP_TO
                ? newestIntersected(live, allOf(lookup.terms, nameVariants))
                : Prisma.sql`SELECT a.id FROM "Article" a
              WHERE ${live} AND a."searchVector" @@ ${allOf(lookup.terms, nameVariants)}
              ORDER BY ${NEWEST} LIMIT ${RANKED_ARTICLES}`
            })
            UNION
            (SELECT a.id FROM "Article" a WHERE ${live} AND a."searchVector" @@ ${q}
              ORDER BY ${NEWEST} LIMIT ${RANKED_ARTICLES})) m ON m.id = a.id
           ORDER BY ts_rank(a."searchVector", ${q}) DESC, a.id
           LIMIT ${limit}`
      : await matchingTermsRanked(live, lookup.terms, q, nameVariants, limit);
  return rows.map((r) => r.id);
}

/**
 * The newest RANKED_ARTICLES live articles matching `every`, found through the
 * GIN index (see INTERSECTED_UP_TO). A phrase in it (a hyphenated word, a
 * name's spellings) needs each match's vector to check the words' order: the
 * index is asked for the articles holding its words in any order, those are
 * sorted newest first, and only then is the phrase checked, down the sorted
 * list until enough hold it. The words of "twenty-three families" are in
 * 21,000 of the scale bench's 50,000 articles at 100×, where checking them all
 * before sorting read every one's vector (250–630 ms); the few a query with
 * a negation would need (dropping its order would match fewer articles) are
 * checked whole as before.
 */
function newestIntersected(live: Prisma.Sql, every: Prisma.Sql): Prisma.Sql {
  // PHRASE(x, y) → AND(x, y) binds as tightly in tsquery's text (AND before OR), so the words match a superset
  const anyOrder = Prisma.sql`(CASE WHEN strpos(${every}::text, '!') > 0 THEN ${every}
    ELSE regexp_replace(${every}::text, '<(\d+|-)>', '&', 'g')::tsquery END)`;
  // OFFSET 0 keeps the phrase check above the sort, where LIMIT stops it; without a phrase ('<' only in its
  // operators) the index's answer is exact, and no vector is read
  return Prisma.sql`SELECT s.id FROM (
      SELECT a.id, a."searchVector" FROM "Article" a
       WHERE ${live} AND a."searchVector" @@ ${anyOrder}
       ORDER BY ${NEWEST_UNINDEXED} OFFSET 0) s
     WHERE (strpos(${every}::text, '<') = 0 OR s."searchVector" @@ ${every})
     LIMIT ${RANKED_ARTICLES}`;
}

/**
 * The articles holding the most of the terms, each term weighing its inverse
 * document frequency (log(1 + articles / its matches): a name in 40 articles
 * tells more than a figure in 2,000); among articles holding the same terms,
 * ts_rank's order (a term repeated or in the title counts more), then the
 * newest. The weights come from one GIN look-up per term, never from the
 * articles' search vectors: at the scale bench's 100× a claim's rarer terms
 * match 700–2,300 articles, and ranking them all with ts_rank read each one's
 * ~3.6 KB TOASTed vector (p95 70 ms, mostly from disk), where a look-up of a
 * plain lexeme needs no recheck and reads only the index and the row. Only the
 * RERANKED × `limit` best by weight are read for ts_rank.
 */
async function matchingTermsRanked(
  live: Prisma.Sql,
  terms: readonly string[],
  q: Prisma.Sql,
  nameVariants: readonly string[],
  limit: number,
): Promise<{ id: string }[]> {
  const { rows: articles } = await termStatistics("Article");
  const matches = terms.map(
    (term, i) => Prisma.sql`SELECT a.id, a."createdAt", ${i}::int AS term
       FROM "Article" a WHERE ${live} AND a."searchVector" @@ ${claimTsQuery(term, nameVariants)}`,
  );
  // count(*) OVER (): every match of every term, the number of articles until the statistics have one; the
  // weights are rounded before comparing, so that sums of the same terms in another order tie.
  // `contenders`: weight orders first, so an article weighing less than the limit-th best cannot be among the
  // `limit` returned, whatever its ts_rank: only the others have their vectors read (all RERANKED × limit only
  // when they weigh the same, as the matches of a one-term claim do)
  return db.$queryRaw<{ id: string }[]>`
    WITH best AS (
      SELECT w.id, round(sum(w.weight)::numeric, 6) AS weight FROM (
        SELECT m.id, m."createdAt",
               ln(1 + greatest(${articles}::float8, count(*) OVER ()) / count(*) OVER (PARTITION BY m.term)) AS weight
          FROM (${Prisma.join(matches, " UNION ALL ")}) m) w
       GROUP BY w.id, w."createdAt"
       ORDER BY weight DESC, w."createdAt" DESC, w.id DESC
       LIMIT ${RERANKED * limit}),
    contenders AS (
      SELECT best.* FROM best
       WHERE best.weight >= coalesce((SELECT weight FROM best ORDER BY weight DESC OFFSET ${limit - 1} LIMIT 1), 0))
    SELECT a.id FROM contenders best
      JOIN "Article" a ON a.id = best.id
     ORDER BY best.weight DESC, ts_rank(a."searchVector", ${q}) DESC, a."createdAt" DESC, a.id DESC
     LIMIT ${limit}`;
}

/** The claims a text is compared with, best first, and whether more matched than were kept. */
export interface ClaimCandidates {
  ids: string[];
  /** more claims share some of the text's terms than `limit`: those ranked lower are not compared */
  capped: boolean;
}

/**
 * Live claims of the workspace that share the most distinctive terms with
 * `text`, best first; `checkedOnly`: those with an approved verdict.
 */
export async function candidateClaimIds(
  workspaceId: string,
  text: string,
  nameVariants: readonly string[],
  options: { checkedOnly?: boolean; limit?: number } = {},
): Promise<ClaimCandidates> {
  const query = await candidateClaimQuery(workspaceId, await claimTerms(text), nameVariants, options);
  if (!query) return { ids: [], capped: false };
  const rows = await db.$queryRaw<{ id: string; capped: boolean }[]>(query);
  return { ids: rows.map((r) => r.id), capped: rows[0]?.capped ?? false };
}

/** A text's distinctive terms, and those of them a look-up of claims uses (rarerTerms). */
export interface ClaimTerms {
  all: string[];
  kept: string[];
}

/** The claim look-ups' terms of a text, worked out once for the look-ups that share them (one query). */
export async function claimTerms(text: string): Promise<ClaimTerms> {
  const all = distinctiveTerms(text);
  return { all, kept: await rarerTerms("Claim", all) };
}

/**
 * candidateClaimIds' statement (`SELECT id, capped`, best first, `capped` the
 * same on every row), for a caller that joins the claims' columns to it
 * instead of reading them by id after it; null when the text has no term to
 * look up.
 */
export async function candidateClaimQuery(
  workspaceId: string,
  terms: ClaimTerms,
  nameVariants: readonly string[],
  options: { checkedOnly?: boolean; limit?: number } = {},
): Promise<Prisma.Sql | null> {
  const q = anyOf(terms.kept, nameVariants);
  if (!q) return null;
  const limit = options.limit ?? CANDIDATE_CLAIMS;
  // a partial index holds the checked claims' vectors alone (migration …_claim_checked): probing each match's
  // verdicts found three in four of the matches unchecked at the scale bench's 100×, after reading them
  const checked = options.checkedOnly ? Prisma.sql`AND c.checked` : Prisma.empty;
  // one row more than kept says whether more matched (`capped`): counting every match instead (count(*) OVER ()
  // beside the ranking) held them all until the sort, ~0.25 ms more per look-up of all claims at the scale
  // bench's 100× (of ~2.2 ms; 9 in 10 match more than 300), where counting the row more costs ~0.03 ms
  return Prisma.sql`
    SELECT m.id, count(*) OVER () > ${limit} AS capped FROM (
      SELECT c.id, ts_rank(c."searchVector", ${q}) AS rank FROM "Claim" c
       WHERE c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL AND c."searchVector" @@ ${q} ${checked}
       ORDER BY rank DESC, c.id
       LIMIT ${limit + 1}) m
     ORDER BY m.rank DESC, m.id
     LIMIT ${limit}`;
}

/** Checked claims compared per spelling of a metric (sameMetricClaimQuery), the newest events first. */
export const SAME_METRIC_CLAIMS = 50;
/**
 * Days before an article's date whose events sameMetricClaimQuery walks: an
 * article reports the weeks before it. Across all time, "about 81 firefighters
 * were deployed" met the counts of 50 other fires at the scale bench's 100×
 * (nothing but the metric and a common word linked them), reported as
 * disagreements; and the walk's cost follows the claims of a month, not the
 * workspace's history.
 */
export const SAME_METRIC_DAYS = 31;

/**
 * Pure: the names of a sentence as distinctiveTerms finds them, but not its
 * first word: capitalised there, any word looks like a name ("Nine people
 * were killed…", "Another 39 people…"), and a look-up requiring it would miss
 * the same story told in other words.
 */
export function properNames(sentence: string): string[] {
  const first = sentence.search(/\p{L}/u);
  const names = new Set(
    [...sentence.matchAll(NAME)]
      .filter((m) => m.index !== first)
      .map((m) => m[0].replace(/['’]s$/u, "").replace(/['’-]+$/u, "")),
  );
  return distinctiveTerms(sentence).filter((term) => names.has(term));
}

/** A sentence of the text, with the normalized metrics of its figures (worked out only when asked for). */
export interface FigureSentence {
  text: string;
  metrics: () => readonly string[];
}

/**
 * The live checked claims of the workspace that count the metric of a figure
 * in one of `sentences` and hold every name of that sentence (properNames),
 * for the sentences one of whose names the term look-up leaves out: per
 * spelling of the metric (metricSpellings), the newest SAME_METRIC_CLAIMS of
 * an event in the SAME_METRIC_DAYS before `around` (the article's date) or the
 * day after, and those among SAME_METRIC_CLAIMS without an event date (an
 * article without a date gives its claims none); `capped` when a walk stopped
 * before its end. Null when the look-up leaves no name out (no statistics
 * yet, or none is common or over its budget: candidateClaimQuery looks every
 * name up) or no sentence has a figure beside such a name. Same statement
 * shape as candidateClaimQuery (`SELECT id, capped`, `capped` the same on
 * every row).
 *
 * Why: candidateClaimQuery looks claims up by the text's rarer terms only
 * (common-terms.ts). A sentence giving another figure for a checked claim
 * ("nine people were killed in the overnight strike on Kyiv" for "at least 12
 * …") shares only the story's names with it, and once a newsroom has written
 * enough about the story ANALYZE finds them common and they are left out: the
 * checked claim was not compared and the disagreement was lost (the integrity
 * bench's world: 4 of the 6 other figures found before ANALYZE, 1 after). Here
 * all of a sentence's names are required, with the same metric and a nearby
 * event date: any one of them, or any capitalised word, linked "Mayor A
 * declared two days of mourning" to every mayor's and "Another 39 people were
 * treated" to every hospital's count at the scale bench's 100×. Each walk is a
 * range of the (workspaceId, metric, eventDate) index, newest first, stopped
 * at the limit: its cost follows the claims of that metric in a month (or the
 * limit), not the size of the workspace.
 */
export async function sameMetricClaimQuery(
  workspaceId: string,
  terms: ClaimTerms,
  nameVariants: readonly string[],
  sentences: readonly FigureSentence[],
  around: Date,
  limit = SAME_METRIC_CLAIMS,
): Promise<Prisma.Sql | null> {
  const kept = new Set(terms.kept);
  // a figure is never required: the claim gives another one
  const leftOut = new Set(terms.all.filter((t) => !kept.has(t) && !/^\d/.test(t)));
  if (leftOut.size === 0) return null;
  // per spelling, the sentences' names: a claim holding every name of one sentence matches. All of them, not only
  // those left out: "Mayor" is common, and a claim holding it without the mayor's name is another mayor's
  const groups = new Map<string, Set<string>>();
  for (const sentence of sentences) {
    const names = properNames(sentence.text);
    if (!names.some((name) => leftOut.has(name))) continue;
    for (const metric of sentence.metrics())
      for (const spelling of metricSpellings(metric)) {
        const known = groups.get(spelling) ?? new Set<string>();
        groups.set(spelling, known.add(names.join(" ")));
      }
  }
  if (groups.size === 0) return null;
  // websearch syntax: words side by side are all required, `or` between the groups (AND binds first)
  const walks = [...groups].map(
    ([spelling, names]) => Prisma.sql`(${spelling}, ${claimTsQuery([...names].join(" or "), nameVariants)})`,
  );
  const from = new Date(around.getTime() - SAME_METRIC_DAYS * 86_400_000);
  const to = new Date(around.getTime() + 86_400_000);
  // two walks per spelling (`metric = ANY(…)` cannot give the eventDate order from the index): the dated claims of
  // the window, newest first, until `limit` match, one row more saying whether more did; the undated, which no date
  // places: `limit` of them, the last written first (the backward scan of equal keys), those matching kept, one more
  // read saying whether the walk stopped before their end
  const live = Prisma.sql`c."workspaceId" = ${workspaceId} AND c.metric = s.metric AND c."deletedAt" IS NULL AND c.checked`;
  return Prisma.sql`
    SELECT w.id, w.capped FROM (
      SELECT w.id, w.matched, w.beyond, bool_or(w.beyond) OVER () AS capped
        FROM (VALUES ${Prisma.join(walks)}) AS s(metric, q)
        CROSS JOIN LATERAL (
          (SELECT c.id, true AS matched, row_number() OVER (ORDER BY c."eventDate" DESC) > ${limit} AS beyond
             FROM "Claim" c
            WHERE ${live} AND c."eventDate" >= ${from} AND c."eventDate" <= ${to} AND c."searchVector" @@ s.q
            ORDER BY c."eventDate" DESC
            LIMIT ${limit + 1})
          UNION ALL
          (SELECT c.id, c."searchVector" @@ s.q AS matched,
                  row_number() OVER (ORDER BY c."eventDate" DESC) > ${limit} AS beyond
             FROM "Claim" c
            WHERE ${live} AND c."eventDate" IS NULL
            ORDER BY c."eventDate" DESC
            LIMIT ${limit + 1})) w) w
     WHERE w.matched AND NOT w.beyond`;
}
