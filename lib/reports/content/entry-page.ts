import { readDb } from "@/lib/db/replica";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimsInScopeSql } from "@/lib/reports/content/claims-in-scope-sql";
import type { ReportRecord } from "@/lib/reports/scope";

/** One claim of a page, with its appearances and chosen verdict, as the page query returns it. */
export interface EntryRow {
  id: string;
  statement: string;
  claimant: string | null;
  /** epoch milliseconds */
  claimDate: number | null;
  shortStatement: string | null;
  firstAppearanceUrl: string | null;
  /** the keyset cursor: createdAt as PostgreSQL prints it (exact), and the id */
  cursorAt: string;
  appearances: {
    articleId: string;
    articleTitle: string;
    articleUrl: string | null;
    outlet: string | null;
    articleAuthor: string | null;
    articlePublishedAt: number | null;
    articleLanguage: string | null;
    quote: string;
    /** the integrity columns of the ClaimAppearance, as stored (read with lib/claims/appearances/stored-appearance.ts) */
    differences: unknown;
    differenceNote: string | null;
    change: unknown;
  }[];
  verdict: {
    id: string;
    status: "DRAFT" | "SUBMITTED" | "APPROVED" | "REJECTED" | "CHANGES_REQUESTED";
    authorId: string;
    updatedAt: number;
    revisionId: string;
    ratingLevelId: string;
    summary: string;
    evidence: { url: string; title: string; quote: string | null }[];
    /** every APPROVE review of the verdict, oldest first */
    approvals: { reviewerId: string; revisionId: string; createdAt: number }[];
  } | null;
}

export interface EntryCursor {
  at: string;
  id: string;
}

/**
 * One page of a report's claims (in creation order, after `cursor`), each
 * with its live appearances (oldest article first) and the verdict its entry
 * shows, with current revision, evidence and approvals: one round trip per
 * page, PostgreSQL building each claim's details as JSON. Verdict choice:
 * published output, the latest approved verdict; internal output, the most
 * recently changed verdict that is not rejected. SECURITY: the claims are
 * those of claimsInScopeSql (the report's workspace and scope).
 * Timestamps are `timestamp without time zone` holding UTC; epoch() reads them as UTC.
 */
export async function loadEntryPage(
  report: ReportRecord,
  options: { internal: boolean; cursor: EntryCursor | null; limit: number },
): Promise<EntryRow[]> {
  const after = options.cursor
    ? Prisma.sql`AND (c."createdAt", c.id) > (${options.cursor.at}::timestamp, ${options.cursor.id})`
    : Prisma.empty;
  return readDb.$queryRaw<EntryRow[]>`
    SELECT c.id, c.statement, c.claimant, (extract(epoch FROM c."claimDate") * 1000)::float8 AS "claimDate", c."shortStatement", c."firstAppearanceUrl", c."createdAt"::text AS "cursorAt",
      COALESCE((
        SELECT json_agg(json_build_object(
            'articleId', a."articleId", 'articleTitle', ar.title, 'articleUrl', ar.url, 'outlet', ar.outlet, 'articleAuthor', ar.author,
            'articlePublishedAt', extract(epoch FROM ar."publishedAt") * 1000, 'articleLanguage', ar.language, 'quote', a.exact,
            'differences', ca.differences, 'differenceNote', ca."differenceNote", 'change', ca.change)
          ORDER BY ar."publishedAt" ASC NULLS LAST, a."createdAt", a."articleId", a.id)
        FROM "ClaimAppearance" ca
        JOIN "Annotation" a ON a.id = ca."annotationId" AND a."deletedAt" IS NULL
        JOIN "ArticleVersion" av ON av.id = a."versionId"
        JOIN "Article" ar ON ar.id = av."articleId" AND ar."deletedAt" IS NULL
        WHERE ca."claimId" = c.id AND ca."workspaceId" = c."workspaceId"
      ), '[]'::json) AS appearances,
      (
        SELECT json_build_object(
          'id', v.id, 'status', v.status, 'authorId', v."authorId", 'updatedAt', extract(epoch FROM v."updatedAt") * 1000,
          'revisionId', r.id, 'ratingLevelId', r."ratingLevelId", 'summary', r.summary,
          'evidence', COALESCE((
            SELECT json_agg(json_build_object('url', e.url, 'title', e.title, 'quote', e.quote) ORDER BY e."isPrimary" DESC, e."createdAt", e.id)
            FROM "Evidence" e WHERE e."revisionId" = r.id AND e."workspaceId" = v."workspaceId"), '[]'::json),
          'approvals', COALESCE((
            SELECT json_agg(json_build_object('reviewerId', rv."reviewerId", 'revisionId', rv."revisionId", 'createdAt', extract(epoch FROM rv."createdAt") * 1000) ORDER BY rv."createdAt", rv.id)
            FROM "Review" rv WHERE rv."verdictId" = v.id AND rv."workspaceId" = v."workspaceId" AND rv.decision = 'APPROVE'), '[]'::json))
        FROM "Verdict" v
        JOIN LATERAL (SELECT * FROM "VerdictRevision" vr WHERE vr."verdictId" = v.id ORDER BY vr.number DESC LIMIT 1) r ON true
        WHERE v."claimId" = c.id AND v."workspaceId" = c."workspaceId"
          AND ${options.internal ? Prisma.sql`v.status <> 'REJECTED'` : Prisma.sql`v.status = 'APPROVED'`}
        ORDER BY v."updatedAt" DESC, v.id DESC
        LIMIT 1
      ) AS verdict
    FROM (
      -- the workspace's claims in order first (OFFSET 0 keeps this a separate step), so the scope's
      -- EXISTS checks run row by row and stop at the page's end, instead of over the whole workspace
      SELECT * FROM "Claim" c WHERE c."workspaceId" = ${report.workspaceId} AND c."deletedAt" IS NULL ${after}
      ORDER BY c."createdAt", c.id OFFSET 0
    ) c
    WHERE ${claimsInScopeSql(report, options)}
    ORDER BY c."createdAt", c.id
    LIMIT ${options.limit}`;
}

/** The cursor that starts after a given claim, if it is one of the report's claims (null otherwise). */
export async function cursorAfterClaim(
  report: ReportRecord,
  options: { internal: boolean },
  claimId: string,
): Promise<EntryCursor | null> {
  const [row] = await readDb.$queryRaw<
    { at: string }[]
  >`SELECT c."createdAt"::text AS at FROM "Claim" c WHERE ${claimsInScopeSql(report, options)} AND c.id = ${claimId}`;
  return row ? { at: row.at, id: claimId } : null;
}

/** Which of these claims are entries of the report (same output, internal or published): the relations' links. */
export async function claimIdsInReport(
  report: ReportRecord,
  options: { internal: boolean },
  claimIds: string[],
): Promise<Set<string>> {
  if (claimIds.length === 0) return new Set();
  const rows = await readDb.$queryRaw<
    { id: string }[]
  >`SELECT c.id FROM "Claim" c WHERE ${claimsInScopeSql(report, options)} AND c.id = ANY(${claimIds}::text[])`;
  return new Set(rows.map((r) => r.id));
}

export async function countEntries(report: ReportRecord, options: { internal: boolean }): Promise<number> {
  const [row] = await readDb.$queryRaw<
    { count: number }[]
  >`SELECT count(*)::int AS count FROM "Claim" c WHERE ${claimsInScopeSql(report, options)}`;
  return row?.count ?? 0;
}
