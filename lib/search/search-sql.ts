import { Prisma } from "@/lib/generated/prisma/client";
import { HEADLINE_OPTIONS, HIT_END, HIT_START, WHOLE_TEXT_MAX } from "@/lib/search/snippet";
import type { SearchFilters } from "@/lib/search/schemas";
export { RANK_WINDOW } from "@/lib/search/schemas";

/**
 * SQL shared by the three result types. Every value is a bind parameter
 * (Prisma.sql); only the constant fragments below are literal SQL.
 */

/** The text search configuration made by the search migration (simple + unaccent). */
export const CONFIG = Prisma.raw(`'factdesk_search'::regconfig`);

/** The user's query, read with web-search syntax: "phrase", OR, -exclusion. It never throws on odd input. */
export function tsQuery(query: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery(${CONFIG}, ${query})`;
}

/**
 * A highlighted excerpt of `text`; the markers are removed from the text
 * first, so user text cannot fake a hit. `query`: the user's query, or a
 * tsquery built from it (claims: with spelling variants, claim-query.ts).
 */
export function headline(text: Prisma.Sql, query: string | Prisma.Sql, options: string): Prisma.Sql {
  const q = typeof query === "string" ? tsQuery(query) : query;
  return Prisma.sql`ts_headline(${CONFIG}, translate(${text}, ${HIT_START + HIT_END}, ''), ${q}, ${options})`;
}

/** A short text whole with its hits marked, a long one as a passage around them. */
export function wholeOrPassage(text: Prisma.Sql, query: string): Prisma.Sql {
  return Prisma.sql`CASE WHEN length(${text}) <= ${WHOLE_TEXT_MAX} THEN ${headline(text, query, HEADLINE_OPTIONS.whole)} ELSE ${headline(text, query, HEADLINE_OPTIONS.passage)} END`;
}

/** Who searches: the workspace every row must belong to, whether unapproved verdicts count, and the workspace's spelling variants. */
export interface SearchScope {
  workspaceId: string;
  /** the workspace's own spelling-variant groups ("Kyiv|Kiev"), used by the claim search besides the built-in ones */
  nameVariants: readonly string[];
  /** false for viewers: only APPROVED verdicts exist for them (policy verdict.readUnapproved) */
  seesUnapproved: boolean;
  filters: SearchFilters;
}

/** `AND a AND b …`, or nothing. */
export function and(conditions: (Prisma.Sql | null)[]): Prisma.Sql {
  const present = conditions.filter((c): c is Prisma.Sql => c !== null);
  return present.length ? Prisma.sql` AND ${Prisma.join(present, " AND ")}` : Prisma.empty;
}

/** [from, to] inclusive whole days, on a date expression. */
export function dateRange(column: Prisma.Sql, { from, to }: SearchFilters): Prisma.Sql | null {
  if (!from && !to) return null;
  const conditions: Prisma.Sql[] = [];
  if (from) conditions.push(Prisma.sql`${column} >= ${from}`);
  if (to) conditions.push(Prisma.sql`${column} < ${new Date(to.getTime() + 86_400_000)}`);
  return Prisma.join(conditions, " AND ");
}

/**
 * The claim (alias `claim`) has a verdict the actor may see with the rating
 * and/or review state asked for; null when neither filter is set. The rating
 * is that of the verdict's latest revision, as on the claim page.
 */
export function verdictFilter(scope: SearchScope, claim: Prisma.Sql): Prisma.Sql | null {
  const { rating, status } = scope.filters;
  if (!rating && !status) return null;
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "Verdict" vd
    WHERE vd."claimId" = ${claim}.id AND vd."workspaceId" = ${scope.workspaceId}
      ${and([
        scope.seesUnapproved ? null : Prisma.sql`vd.status = 'APPROVED'::"VerdictStatus"`,
        status ? Prisma.sql`vd.status = ${status}::"VerdictStatus"` : null,
        rating
          ? Prisma.sql`(SELECT rl.key FROM "VerdictRevision" vr JOIN "RatingLevel" rl ON rl.id = vr."ratingLevelId"
                        WHERE vr."verdictId" = vd.id ORDER BY vr.number DESC LIMIT 1) = ${rating}`
          : null,
      ])})`;
}

/** Case-insensitive equality with the article's outlet. */
export function outletFilter(article: Prisma.Sql, outlet: string | undefined): Prisma.Sql | null {
  return outlet ? Prisma.sql`lower(${article}.outlet) = lower(${outlet})` : null;
}

/** The annotation (alias `annotation`) carries the tag. */
export function tagFilter(annotation: Prisma.Sql, tag: string | undefined): Prisma.Sql | null {
  return tag ? Prisma.sql`${annotation}.tags @> ARRAY[${tag}]::text[]` : null;
}

/**
 * The claim filters (alias `c`): author, date (the claim's date, else its
 * creation), verdict, and tag and outlet through the claim's live appearances.
 */
export function claimFilters(scope: SearchScope): Prisma.Sql {
  const { filters } = scope;
  const appearanceFilters = [
    tagFilter(Prisma.sql`an`, filters.tag),
    outletFilter(Prisma.sql`ar`, filters.outlet),
  ].filter((c) => c !== null);
  return and([
    filters.author ? Prisma.sql`c."createdById" = ${filters.author}` : null,
    dateRange(Prisma.sql`coalesce(c."claimDate", c."createdAt")`, filters),
    verdictFilter(scope, Prisma.sql`c`),
    appearanceFilters.length
      ? Prisma.sql`EXISTS (SELECT 1 FROM "ClaimAppearance" ca
                           JOIN "Annotation" an ON an.id = ca."annotationId" AND an."deletedAt" IS NULL
                           JOIN "Article" ar ON ar.id = an."articleId" AND ar."deletedAt" IS NULL
                           WHERE ca."claimId" = c.id AND ca."workspaceId" = ${scope.workspaceId}${and(appearanceFilters)})`
      : null,
  ]);
}

/** A match of a ranking window with its ts_rank (newest-annotation-matches.ts, find-claim-hits.ts). */
export interface RankedMatch {
  id: string;
  createdAt: Date;
  rank: number;
}

/**
 * The page of a ranking window's `matches`, best first (rank, then newest,
 * then id), as rows (id, "createdAt", rank) for a query's FROM, aliased `m`.
 * Only the matches that may be on the page are sent (mayBeOnPage): all 501 of
 * them cost ~3 ms more of parameters than five.
 */
export function rankedPage(matches: readonly RankedMatch[], paging: { limit: number; offset: number }): Prisma.Sql {
  const sent = mayBeOnPage(matches, paging);
  return Prisma.sql`(
    SELECT m.id, m."createdAt", m.rank
    FROM unnest(${sent.map((m) => m.id)}::text[], ${sent.map((m) => m.createdAt.toISOString())}::timestamp[],
                ${sent.map((m) => m.rank)}::real[]) AS m(id, "createdAt", rank)
    ORDER BY m.rank DESC, m."createdAt" DESC, m.id
    LIMIT ${paging.limit} OFFSET ${paging.offset}) m`;
}

/**
 * Pure: the matches ranked up to the page's last one by rank and time, with
 * every match tied with it: whatever order PostgreSQL's collation gives the
 * ids of tied matches, the page is among these.
 */
export function mayBeOnPage<M extends RankedMatch>(
  matches: readonly M[],
  { limit, offset }: { limit: number; offset: number },
): M[] {
  const byRank = [...matches].sort((a, b) => b.rank - a.rank || b.createdAt.getTime() - a.createdAt.getTime());
  const last = byRank[offset + limit - 1];
  if (!last) return byRank;
  return byRank.filter(
    (m) => m.rank > last.rank || (m.rank === last.rank && m.createdAt.getTime() >= last.createdAt.getTime()),
  );
}
