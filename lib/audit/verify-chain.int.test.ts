import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { verifyChain } from "@/lib/audit/verify-chain";
import { createWorkspaceWithMembers, uniqueSuffix } from "@/prisma/factories";

/** A workspace whose chain holds its creation events plus `extra` test events; the chain's events, oldest first. */
async function workspaceWithEvents(extra: number) {
  const world = await createWorkspaceWithMembers();
  await db.$transaction(async (tx) => {
    for (let i = 0; i < extra; i++)
      await recordAuditEvent(tx, world.actors.ADMIN, {
        action: "test.step",
        entityType: "Test",
        entityId: `step-${i}`,
        after: { step: i },
      });
  });
  const events = await db.auditEvent.findMany({
    where: { workspaceId: world.workspace.id },
    orderBy: { chainSeq: "asc" },
  });
  return { ...world, events };
}

/** What someone with the database's superuser password could do: with every trigger off, for this transaction only. */
async function tamper(
  statements: (tx: {
    $executeRaw: (query: TemplateStringsArray, ...values: unknown[]) => Prisma.PrismaPromise<number>;
  }) => Promise<unknown>,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
    await statements(tx);
  });
}

describe("verifyChain", () => {
  it("verifies every event of an intact chain and names the last one", async () => {
    const { workspace, events } = await workspaceWithEvents(5);
    expect(events.map((e) => e.chainSeq)).toEqual(events.map((_, i) => BigInt(i + 1)));

    const result = await verifyChain(workspace.id, { batchSize: 3 }); // several batches
    expect(result).toMatchObject({ workspaceId: workspace.id, eventsVerified: events.length, broken: null });
    expect(result.lastVerified).toMatchObject({
      eventId: events.at(-1)!.id,
      chainSeq: events.at(-1)!.chainSeq,
      hash: events.at(-1)!.hash,
    });
  });

  it("keeps one unbroken chain when transactions of one workspace write at the same time", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db.$transaction((tx) =>
          recordAuditEvent(tx, actors.ADMIN, { action: "test.parallel", entityType: "Test", entityId: `p-${i}` }),
        ),
      ),
    );
    const count = await db.auditEvent.count({ where: { workspaceId: workspace.id } });
    expect(await verifyChain(workspace.id)).toMatchObject({ eventsVerified: count, broken: null });
  });

  it("ignores whatever chain fields the app sends: the trigger sets them", async () => {
    const { workspace, events } = await workspaceWithEvents(0);
    const id = `forged-${uniqueSuffix()}`;
    await db.$executeRaw`INSERT INTO "AuditEvent" ("id", "workspaceId", "action", "entityType", "entityId", "chainSeq", "prevHash", "hash")
                         VALUES (${id}, ${workspace.id}, 'test.forged', 'Test', 'x', 1, 'forged', 'forged')`;
    const row = await db.auditEvent.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ chainSeq: BigInt(events.length + 1), prevHash: events.at(-1)!.hash });
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await verifyChain(workspace.id)).broken).toBeNull();
  });

  it("names the event whose 'after' was edited as changed, and counts only the events before it", async () => {
    const { workspace, events } = await workspaceWithEvents(4);
    const victim = events[3]!;
    await tamper((tx) => tx.$executeRaw`UPDATE "AuditEvent" SET "after" = '{"step": 99}' WHERE "id" = ${victim.id}`);

    const result = await verifyChain(workspace.id);
    expect(result.broken).toMatchObject({ kind: "content_changed", eventId: victim.id, chainSeq: victim.chainSeq });
    expect(result.eventsVerified).toBe(3);
    expect(result.lastVerified?.eventId).toBe(events[2]!.id);
  });

  it("names the number of a deleted middle event and the event after it", async () => {
    const { workspace, events } = await workspaceWithEvents(4);
    const deleted = events[2]!;
    const next = events[3]!;
    await tamper((tx) => tx.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${deleted.id}`);

    const { broken } = await verifyChain(workspace.id);
    expect(broken).toMatchObject({ kind: "event_missing", eventId: next.id, chainSeq: next.chainSeq });
    expect(broken?.detail).toBe(`Event #${deleted.chainSeq} is missing before event #${next.chainSeq} (${next.id}).`);
  });

  it("notices a deleted event even when the events after it were renumbered and re-sealed", async () => {
    const { workspace, events } = await workspaceWithEvents(3);
    const [deleted, next] = [events[1]!, events[2]!];
    await tamper(async (tx) => {
      await tx.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${deleted.id}`;
      // in two steps: the unique (workspace, chainSeq) key is checked row by row, and one step would collide with
      // a row not yet moved whenever PostgreSQL updates a lower number first
      await tx.$executeRaw`UPDATE "AuditEvent" SET "chainSeq" = -("chainSeq" - 1) WHERE "workspaceId" = ${workspace.id} AND "chainSeq" > ${deleted.chainSeq}`;
      await tx.$executeRaw`UPDATE "AuditEvent" SET "chainSeq" = -"chainSeq" WHERE "workspaceId" = ${workspace.id} AND "chainSeq" < 0`;
      await tx.$executeRaw`UPDATE "AuditEvent" SET "hash" = audit_event_hash(audit_event_canonical("id", "workspaceId", "chainSeq", "actorId", "action", "entityType", "entityId", "createdAt", "before", "after", "prevHash"))
                           WHERE "workspaceId" = ${workspace.id} AND "chainSeq" >= ${deleted.chainSeq}`;
    });
    expect((await verifyChain(workspace.id)).broken).toMatchObject({
      kind: "event_missing",
      eventId: next.id,
      chainSeq: deleted.chainSeq,
    });
  });

  it("names two swapped events as reordered", async () => {
    const { workspace, events } = await workspaceWithEvents(3);
    const [earlier, later] = [events[1]!, events[2]!];
    await tamper(async (tx) => {
      await tx.$executeRaw`UPDATE "AuditEvent" SET "chainSeq" = -1 WHERE "id" = ${earlier.id}`;
      await tx.$executeRaw`UPDATE "AuditEvent" SET "chainSeq" = ${earlier.chainSeq} WHERE "id" = ${later.id}`;
      await tx.$executeRaw`UPDATE "AuditEvent" SET "chainSeq" = ${later.chainSeq} WHERE "id" = ${earlier.id}`;
    });
    expect((await verifyChain(workspace.id)).broken).toMatchObject({
      kind: "reordered",
      eventId: later.id,
      chainSeq: earlier.chainSeq,
    });
  });

  it("leaves other workspaces' chains intact", async () => {
    const tampered = await workspaceWithEvents(1);
    const other = await workspaceWithEvents(1);
    await tamper((tx) => tx.$executeRaw`UPDATE "AuditEvent" SET "action" = 'x' WHERE "id" = ${tampered.events[0]!.id}`);
    expect((await verifyChain(tampered.workspace.id)).broken).not.toBeNull();
    expect((await verifyChain(other.workspace.id)).broken).toBeNull();
  });
});
