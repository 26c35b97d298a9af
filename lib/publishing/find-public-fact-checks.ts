import { Prisma } from "@/lib/generated/prisma/client";
import { readDb, withReplica } from "@/lib/db/replica";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { ratingScaleOf } from "@/lib/reports/content/build-report-meta";
import { factCheckUrl } from "@/lib/public-urls/public-address";
import { publicClaimsCondition } from "@/lib/publishing/public-claims-sql";

/** The workspace a public list or page belongs to, as readers may see it. */
export interface PublicWorkspace {
  id: string;
  slug: string;
  name: string;
  organisationName: string;
  organisationUrl: string | null;
  methodologyUrl: string | null;
  showCheckerNames: boolean;
}

/** One public fact-check in a list (index page, feeds, sitemap). */
export interface PublicFactCheckItem {
  claimId: string;
  statement: string;
  shortStatement: string | null;
  claimant: string | null;
  /** value: the level's place on the truth scale, null for levels outside it (unverifiable) */
  rating: { label: string; value: number | null; best: number; worst: number };
  summary: string;
  /** first approval of the verdict shown (ClaimReview datePublished) */
  approvedAt: Date;
  /** last change of the claim or its verdict (feeds' `updated`) */
  updatedAt: Date;
  /** absolute address of the fact-check page (publicOrigin) */
  url: string;
}

export interface PublicFactCheckList {
  workspace: PublicWorkspace;
  items: PublicFactCheckItem[];
  /** pass as `cursor` for the next (older) page; null on the last page */
  nextCursor: string | null;
}

export const PUBLIC_LIST_MAX = 100;

const WORKSPACE_SELECT = {
  id: true,
  slug: true,
  name: true,
  organisationName: true,
  organisationUrl: true,
  methodologyUrl: true,
  showCheckerNames: true,
} as const;

/** The workspace behind a public address; NotFound for an unknown slug. Reads wherever the caller's withReplica chose. */
export async function findPublicWorkspace(workspaceSlug: string): Promise<PublicWorkspace> {
  const workspace = await readDb.workspace.findUnique({ where: { slug: workspaceSlug }, select: WORKSPACE_SELECT });
  if (!workspace) throw new NotFoundError("Workspace");
  return workspace;
}

interface Row {
  id: string;
  statement: string;
  shortStatement: string | null;
  claimant: string | null;
  summary: string;
  label: string | null;
  ordinal: number | null;
  approvedAt: number;
  updatedAt: number;
}

/**
 * Signed out: the workspace's public fact-checks (lib/publishing/public-claims-sql.ts
 * decides which claims are public), newest first approval first, a page at a time
 * with an opaque cursor. Each shows its claim's latest approved verdict, as the
 * fact-check page does. Reads on the read replica when it may answer the public.
 * Unknown workspace: NotFound; a malformed cursor: InvalidInput.
 */
export async function findPublicFactChecks(
  workspaceSlug: string,
  options: { cursor?: string; limit: number },
): Promise<PublicFactCheckList> {
  const limit = Math.min(Math.max(Math.trunc(options.limit), 1), PUBLIC_LIST_MAX);
  const after = options.cursor === undefined ? null : decodeCursor(options.cursor);
  return withReplica({ kind: "public" }, async () => {
    const workspace = await findPublicWorkspace(workspaceSlug);
    const [condition, levels] = await Promise.all([
      publicClaimsCondition(workspace.id, readDb),
      readDb.ratingLevel.findMany({
        where: { workspaceId: workspace.id },
        select: { key: true, label: true, ordinal: true },
      }),
    ]);
    const scale = ratingScaleOf(levels);
    const rows = await readDb.$queryRaw<Row[]>`
      SELECT * FROM (
        SELECT c.id, c.statement, c."shortStatement", c.claimant, r.summary, lvl.label, lvl.ordinal,
          (extract(epoch FROM COALESCE(ap.first, v."updatedAt")) * 1000)::float8 AS "approvedAt",
          (extract(epoch FROM GREATEST(c."updatedAt", v."updatedAt")) * 1000)::float8 AS "updatedAt"
        FROM "Claim" c
        JOIN LATERAL (
          SELECT v.id, v."updatedAt" FROM "Verdict" v
          WHERE v."workspaceId" = c."workspaceId" AND v."claimId" = c.id AND v.status = 'APPROVED'
          ORDER BY v."updatedAt" DESC, v.id DESC LIMIT 1) v ON true
        JOIN LATERAL (SELECT vr.summary, vr."ratingLevelId" FROM "VerdictRevision" vr WHERE vr."verdictId" = v.id ORDER BY vr.number DESC LIMIT 1) r ON true
        LEFT JOIN "RatingLevel" lvl ON lvl.id = r."ratingLevelId" AND lvl."workspaceId" = c."workspaceId"
        LEFT JOIN LATERAL (
          SELECT min(rv."createdAt") AS first FROM "Review" rv
          WHERE rv."workspaceId" = c."workspaceId" AND rv."verdictId" = v.id AND rv.decision = 'APPROVE') ap ON true
        WHERE c."workspaceId" = ${workspace.id} AND ${condition}
      ) f
      ${after ? Prisma.sql`WHERE (f."approvedAt", f.id) < (${after.at}::float8, ${after.id})` : Prisma.empty}
      ORDER BY f."approvedAt" DESC, f.id DESC
      LIMIT ${limit + 1}`;
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      workspace,
      items: page.map((row) => ({
        claimId: row.id,
        statement: row.statement,
        shortStatement: row.shortStatement,
        claimant: row.claimant,
        rating: { label: row.label ?? "", value: row.ordinal, best: scale.bestRating, worst: scale.worstRating },
        summary: row.summary,
        approvedAt: new Date(row.approvedAt),
        updatedAt: new Date(row.updatedAt),
        url: factCheckUrl(workspace.slug, { id: row.id, statement: row.statement, shortStatement: row.shortStatement }),
      })),
      nextCursor: rows.length > limit && last ? encodeCursor({ at: last.approvedAt, id: last.id }) : null,
    };
  });
}

/** Opaque to callers: the last item's approval time (epoch ms) and claim id. */
export function encodeCursor(cursor: { at: number; id: string }): string {
  return Buffer.from(`${cursor.at}.${cursor.id}`).toString("base64url");
}

export function decodeCursor(cursor: string): { at: number; id: string } {
  const match = /^(\d+(?:\.\d+)?)\.([a-z0-9]{20,32})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match)
    throw new InvalidInputError("This page address is not valid: start again from the first page.", {
      cursor: ["This page address is not valid: start again from the first page."],
    });
  return { at: Number(match[1]), id: match[2]! };
}
