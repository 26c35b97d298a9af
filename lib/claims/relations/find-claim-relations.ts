import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import type { ClaimRelationKind } from "@/lib/generated/prisma/enums";

export interface ClaimRelationDto {
  id: string;
  kind: ClaimRelationKind;
  /** "outgoing": this claim → other ("this claim misquotes other"); "incoming": other → this claim */
  direction: "outgoing" | "incoming";
  other: { id: string; statement: string; claimant: string | null };
  note: string | null;
  language: string | null;
  originalWording: string | null;
  createdAt: Date;
}

/** The relations of some claims of one workspace, both directions, oldest first; relations to deleted claims are left out. The caller authorizes. */
export async function findClaimRelations(
  client: Tx | typeof db,
  workspaceId: string,
  claimIds: string[],
): Promise<Map<string, ClaimRelationDto[]>> {
  const other = { select: { id: true, statement: true, claimant: true, deletedAt: true } } as const;
  const rows = await client.claimRelation.findMany({
    where: { workspaceId, OR: [{ fromClaimId: { in: claimIds } }, { toClaimId: { in: claimIds } }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      fromClaimId: true,
      toClaimId: true,
      note: true,
      language: true,
      originalWording: true,
      createdAt: true,
      fromClaim: other,
      toClaim: other,
    },
  });
  const byClaim = new Map<string, ClaimRelationDto[]>(claimIds.map((id) => [id, []]));
  for (const row of rows) {
    if (row.fromClaim.deletedAt || row.toClaim.deletedAt) continue;
    const base = {
      id: row.id,
      kind: row.kind,
      note: row.note,
      language: row.language,
      originalWording: row.originalWording,
      createdAt: row.createdAt,
    };
    const pick = (c: typeof row.fromClaim) => ({ id: c.id, statement: c.statement, claimant: c.claimant });
    byClaim.get(row.fromClaimId)?.push({ ...base, direction: "outgoing", other: pick(row.toClaim) });
    byClaim.get(row.toClaimId)?.push({ ...base, direction: "incoming", other: pick(row.fromClaim) });
  }
  return byClaim;
}
