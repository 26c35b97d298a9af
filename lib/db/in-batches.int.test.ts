/**
 * A full detection run over a workspace bigger than one statement's bind
 * parameters (PostgreSQL: 32,767): Prisma loads the claims' appearances with one
 * parameter per claim, so the run reads the claims in batches (in-batches.ts).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { detectConflicts } from "@/lib/conflicts/detect-conflicts";
import { createWorkspaceWithMembers } from "@/prisma/factories";
import { BATCH_SIZE, readByIds, readInIdOrder } from "./in-batches";

describe("reading in batches", () => {
  it("a full detection run over 33,000 claims reads them all (one findMany with their appearances fails above 32,767)", async () => {
    const ws = await createWorkspaceWithMembers();
    await db.$executeRaw`
      INSERT INTO "Claim" (id, "workspaceId", statement, metric, "valueLow", claimant, "createdById", "updatedAt")
      SELECT 'bulk-' || lpad(n::text, 6, '0') || '-' || ${ws.workspace.id}, ${ws.workspace.id}, n || ' schools reopened', 'schools reopened ' || n, n, 'Spokesperson ' || n, ${ws.actors.EDITOR.userId}, now()
        FROM generate_series(1, 33000) AS n`;
    expect(await detectConflicts(ws.actors.EDITOR)).toMatchObject({ created: 0, claimsRead: 33_000 });
  });

  it("readInIdOrder follows the id cursor to the end; readByIds slices the list", async () => {
    const ids = Array.from({ length: 2 * BATCH_SIZE + 3 }, (_, i) => `id-${String(i).padStart(6, "0")}`);
    const pages: number[] = [];
    const rows = await readInIdOrder(async (afterId, take) => {
      const from = afterId ? ids.indexOf(afterId) + 1 : 0;
      pages.push(from);
      return ids.slice(from, from + take).map((id) => ({ id }));
    });
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(pages).toEqual([0, BATCH_SIZE, 2 * BATCH_SIZE]);
    const slices: number[] = [];
    expect(await readByIds(ids, async (slice) => (slices.push(slice.length), slice))).toEqual(ids);
    expect(slices).toEqual([BATCH_SIZE, BATCH_SIZE, 3]);
  });
});
