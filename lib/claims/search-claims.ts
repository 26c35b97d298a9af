import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { claimScope } from "@/lib/claims/scope";
import type { Actor } from "@/lib/policy/actor";

export interface ClaimHitDto {
  id: string;
  statement: string;
  claimant: string | null;
  appearances: number;
}

/** Any member: claims of the workspace whose statement or claimant contains the query (search-as-you-type). */
export async function searchClaims(actor: Actor, query: string): Promise<ClaimHitDto[]> {
  authorize(actor, "article.read");
  const q = query.trim().slice(0, 200);
  const rows = await db.claim.findMany({
    where: {
      ...claimScope(actor),
      ...(q ? { OR: [{ statement: { contains: q, mode: "insensitive" } }, { claimant: { contains: q, mode: "insensitive" } }] } : {}),
    },
    select: { id: true, statement: true, claimant: true, _count: { select: { appearances: true } } },
    orderBy: { updatedAt: "desc" },
    take: 10,
  });
  return rows.map((r) => ({ id: r.id, statement: r.statement, claimant: r.claimant, appearances: r._count.appearances }));
}
