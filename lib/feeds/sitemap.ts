import { create } from "xmlbuilder2";
import { xmlText } from "@/lib/feeds/xml-text";
import { Prisma } from "@/lib/generated/prisma/client";
import { readDb, withReplica } from "@/lib/db/replica";
import { factCheckUrl, publicOrigin, publicPaths } from "@/lib/public-urls/public-address";
import { publicClaimsCondition } from "@/lib/publishing/public-claims-sql";

/** The sitemaps protocol's limit of URLs per file; beyond it /sitemap.xml becomes a sitemap index of parts. */
export const SITEMAP_URLS_PER_FILE = 50_000;
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
/** A page's last change: its claim's, or its latest approved verdict's (an approved revision changes the page). */
const lastChange = Prisma.sql`GREATEST(c."updatedAt", (SELECT max(v."updatedAt") FROM "Verdict" v WHERE v."workspaceId" = c."workspaceId" AND v."claimId" = c.id AND v.status = 'APPROVED'))`;

export interface SitemapUrl {
  loc: string;
  lastmod: Date;
}

export type Sitemap = { kind: "urlset"; urls: SitemapUrl[] } | { kind: "index"; parts: SitemapUrl[] };

interface PublicWorkspaceCount {
  id: string;
  slug: string;
  claims: number;
  lastmod: Date;
}

/**
 * The public pages crawlers should know, signed out: each workspace's index
 * of fact-checks (for workspaces with something published) followed by its
 * public fact-check pages (public-claims-sql.ts), in slug then claim-id order.
 * Up to `perFile` URLs: one urlset. More: `part` absent answers the sitemap
 * index, `part` 1…n that slice of the URLs; a part beyond the last is null (404).
 */
export async function loadSitemap(
  part: number | null,
  perFile = SITEMAP_URLS_PER_FILE,
): Promise<{ sitemap: Sitemap; lastModified: Date } | null> {
  const origin = publicOrigin();
  return withReplica({ kind: "public" }, async () => {
    const workspaces = await countPublicPages();
    const total = workspaces.reduce((sum, w) => sum + 1 + w.claims, 0);
    const lastModified = new Date(Math.max(0, ...workspaces.map((w) => w.lastmod.getTime())));
    const parts = Math.max(1, Math.ceil(total / perFile));
    if (part === null && parts > 1) {
      const index = Array.from({ length: parts }, (_, i) => ({
        loc: `${origin}${publicPaths.sitemap()}?part=${i + 1}`,
        lastmod: lastModified,
      }));
      return { sitemap: { kind: "index", parts: index }, lastModified };
    }
    const number = part ?? 1;
    if (number < 1 || number > parts || (part !== null && parts === 1)) return null;
    const urls = await pagesBetween(origin, workspaces, (number - 1) * perFile, perFile);
    return { sitemap: { kind: "urlset", urls }, lastModified };
  });
}

/** Workspaces with a published report, each with how many public fact-checks it has and their last change. */
async function countPublicPages(): Promise<PublicWorkspaceCount[]> {
  const published = await readDb.report.findMany({
    where: { publishedAt: { not: null } },
    select: { workspaceId: true },
    distinct: ["workspaceId"],
  });
  const workspaces = await readDb.workspace.findMany({
    where: { id: { in: published.map((r) => r.workspaceId) } },
    select: { id: true, slug: true },
    orderBy: { slug: "asc" },
  });
  const counted: PublicWorkspaceCount[] = [];
  for (const workspace of workspaces) {
    const condition = await publicClaimsCondition(workspace.id, readDb);
    const [row] = await readDb.$queryRaw<{ claims: number; lastmod: Date | null }[]>`
      SELECT count(*)::int AS claims, max(${lastChange}) AS lastmod
      FROM "Claim" c WHERE c."workspaceId" = ${workspace.id} AND ${condition}`;
    if (!row || row.claims === 0) continue;
    counted.push({ ...workspace, claims: row.claims, lastmod: row.lastmod ?? new Date(0) });
  }
  return counted;
}

/** URLs `offset` … `offset + limit` of the whole list (index page, then its fact-checks, per workspace). */
async function pagesBetween(
  origin: string,
  workspaces: PublicWorkspaceCount[],
  offset: number,
  limit: number,
): Promise<SitemapUrl[]> {
  const urls: SitemapUrl[] = [];
  for (const slice of planSitemapPart(
    workspaces.map((w) => w.claims),
    offset,
    limit,
  )) {
    const workspace = workspaces[slice.workspace]!;
    if (slice.index)
      urls.push({ loc: absolute(`${origin}${publicPaths.index(workspace.slug)}`), lastmod: workspace.lastmod });
    if (slice.take === 0) continue;
    const condition = await publicClaimsCondition(workspace.id, readDb);
    const rows = await readDb.$queryRaw<
      { id: string; statement: string; shortStatement: string | null; lastmod: Date }[]
    >`
      SELECT c.id, c.statement, c."shortStatement", ${lastChange} AS lastmod
      FROM "Claim" c WHERE c."workspaceId" = ${workspace.id} AND ${condition}
      ORDER BY c.id OFFSET ${slice.skip} LIMIT ${slice.take}`;
    for (const row of rows) urls.push({ loc: absolute(factCheckUrl(workspace.slug, row)), lastmod: row.lastmod });
  }
  return urls;
}

/**
 * Pure: which rows make URLs `offset` … `offset + limit` when workspace i
 * contributes its index page and then `claims[i]` fact-checks: per workspace
 * touched, whether its index page is in, and which of its fact-checks
 * (skip, take) in claim-id order.
 */
export function planSitemapPart(
  claims: number[],
  offset: number,
  limit: number,
): { workspace: number; index: boolean; skip: number; take: number }[] {
  const plan: { workspace: number; index: boolean; skip: number; take: number }[] = [];
  let position = 0;
  let left = limit;
  for (const [workspace, count] of claims.entries()) {
    if (left <= 0) break;
    const size = 1 + count;
    if (position + size > offset) {
      const index = position >= offset;
      if (index) left -= 1;
      const skip = index ? 0 : offset - position - 1;
      const take = Math.max(0, Math.min(left, count - skip));
      left -= take;
      plan.push({ workspace, index, skip, take });
    }
    position += size;
  }
  return plan;
}

/** Sitemaps want URLs as RFC 3986 escapes them: the statement's words may be any letters. */
const absolute = (url: string) => new URL(url).href;

/** The sitemaps protocol's XML (urlset or sitemapindex), every text escaped by xmlbuilder2. */
export function writeSitemap(sitemap: Sitemap): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(
    SITEMAP_NS,
    sitemap.kind === "urlset" ? "urlset" : "sitemapindex",
  );
  for (const entry of sitemap.kind === "urlset" ? sitemap.urls : sitemap.parts) {
    const node = root.ele(sitemap.kind === "urlset" ? "url" : "sitemap");
    node.ele("loc").txt(xmlText(entry.loc));
    node.ele("lastmod").txt(entry.lastmod.toISOString());
  }
  return root.end({ prettyPrint: true });
}
