import { db } from "@/lib/db/client";
import { liveWorkspaceScopeSql } from "@/lib/db/scope-sql";
import { escapeLike } from "@/lib/db/like-pattern";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "@/lib/policy/policy";
import { claimScope } from "@/lib/claims/scope";
import { isKnownName, nameVariants } from "@/lib/search/fold-names";
import { wholeNumberPattern } from "@/lib/search/whole-number-pattern";
import { getNameVariants } from "@/lib/workspaces/get-name-variants";
import type { Actor } from "@/lib/policy/actor";

export interface ClaimHitDto {
  id: string;
  statement: string;
  claimant: string | null;
  appearances: number;
}

const LIMIT = 10;
/** Words of a query looked for; the rest of a pasted paragraph adds nothing to a look-up. */
const MAX_WORDS = 12;
/** Short function words a statement need not contain ("killed in Kyiv" finds "killed when a missile hit Kyiv"); the word being typed always counts. */
const SKIPPED = new Set("a an the and or of in on at to for from by with as is are was were be".split(" "));

/**
 * Any member: claims of the workspace whose statement or claimant contains
 * every word of the query, in any order (search-as-you-type, newest first).
 * Short function words ("in", "the") are not required, except the last.
 * A name matches any of its spellings (built-in and the workspace's variant
 * groups: "Kiev" finds "Kyiv"); a number matches only as a whole number
 * ("90" never finds "190", "1200" finds "1,200"); other words match as part
 * of a word, so the word being typed already finds. SECURITY: limited to
 * live claims of actor.workspaceId.
 */
export async function searchClaims(actor: Actor, query: string): Promise<ClaimHitDto[]> {
  authorize(actor, "article.read");
  const matches = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Claim" c
    WHERE ${liveWorkspaceScopeSql(actor, "c")} ${await claimMatchSql(actor, query)}
    ORDER BY c."updatedAt" DESC, c.id
    LIMIT ${LIMIT}`;
  const ids = matches.map((m) => m.id);
  const rows = await db.claim.findMany({
    where: { ...claimScope(actor), id: { in: ids } },
    select: { id: true, statement: true, claimant: true, _count: { select: { appearances: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ id: r.id, statement: r.statement, claimant: r.claimant, appearances: r._count.appearances }] : [];
  });
}

/**
 * searchClaims' test of a claim (alias `c`) against the query, as
 * `AND …` to append to a WHERE (empty for a query without words), for lists
 * that page the same matches in their own order (GET /api/v1/claims?q=).
 * Reads the workspace's spelling variants: the caller has authorized the actor.
 */
export async function claimMatchSql(actor: Actor, query: string): Promise<Prisma.Sql> {
  const { groups } = await getNameVariants(actor);
  const words = lookupWords(query.trim().slice(0, 200), groups);
  if (words.length === 0) return Prisma.empty;
  return Prisma.sql`AND ${Prisma.join(
    words.map((w) => wordCondition(w, groups)),
    " AND ",
  )}`;
}

/**
 * The query's words, punctuation around them dropped ("(Kyiv)," → "Kyiv"),
 * inner hyphens, points and commas kept ("1,200"); a known name of several
 * words stays one ("al Qaeda", "Kryvyi Rih"), so its other spellings are found.
 */
function lookupWords(query: string, groups: readonly string[]): string[] {
  const words = query
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const n = [3, 2].find((n) => i + n <= words.length && isKnownName(words.slice(i, i + n).join(" "), groups)) ?? 1;
    joined.push(words.slice(i, i + n).join(" "));
    i += n - 1;
  }
  const wanted = joined.filter((w, i) => i === joined.length - 1 || !SKIPPED.has(w.toLowerCase()));
  return [...new Set(wanted)].slice(0, MAX_WORDS);
}

/** Statement or claimant has the word: a number as a whole number, a word as any of its spellings. */
function wordCondition(word: string, groups: readonly string[]): Prisma.Sql {
  const pattern = wholeNumberPattern(word);
  if (pattern !== null) return Prisma.sql`(c.statement ~ ${pattern} OR coalesce(c.claimant, '') ~ ${pattern})`;
  const likes = nameVariants(word, groups).map((spelling) => {
    const like = `%${likePattern(spelling)}%`;
    return Prisma.sql`c.statement ILIKE ${like} OR c.claimant ILIKE ${like}`;
  });
  return Prisma.sql`(${Prisma.join(likes, " OR ")})`;
}

/** LIKE's wildcards escaped; a hyphen or space between parts of a name matches either ("al Qaeda" = "al-Qaeda"). */
function likePattern(spelling: string): string {
  return escapeLike(spelling).replace(/[\s-]+/g, "_");
}
