import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { translateDatabaseError } from "@/lib/db/errors";
import { ConflictError } from "@/lib/errors";
import { createWorkspaceWithMembers } from "@/prisma/factories";

describe("a deadlock between two writers", () => {
  it("is a 409 that says nothing was changed (PostgreSQL rolled the loser back), never a 500", async () => {
    const [{ workspace: a }, { workspace: b }] = [
      await createWorkspaceWithMembers(),
      await createWorkspaceWithMembers(),
    ];
    let bothHoldFirstLock!: () => void;
    const barrier = new Promise<void>((resolve) => (bothHoldFirstLock = resolve));
    let holding = 0;
    const holdThenTake = (first: string, second: string) =>
      db.$transaction(async (tx) => {
        await tx.workspace.update({ where: { id: first }, data: { name: `locked ${first}` } });
        if (++holding === 2) bothHoldFirstLock();
        await barrier;
        await tx.workspace.update({ where: { id: second }, data: { name: `locked ${second}` } });
      });
    const outcomes = await Promise.allSettled([holdThenTake(a.id, b.id), holdThenTake(b.id, a.id)]);

    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(lost).toHaveLength(1); // PostgreSQL breaks the cycle by rolling back one of the two
    const translated = translateDatabaseError(lost[0]!.reason);
    expect(translated).toBeInstanceOf(ConflictError);
    expect((translated as Error).message).toMatch(/Nothing was changed; try again/);
    const names = await db.workspace.findMany({ where: { id: { in: [a.id, b.id] } }, select: { name: true } });
    expect(names.filter((w) => w.name.startsWith("locked"))).toHaveLength(2); // the winner's two writes only
  });
});
