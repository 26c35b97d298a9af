import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findAuditEvents } from "@/lib/audit/find-audit-events";
import { inviteMember } from "@/lib/invitations/invite-member";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";
import { createWorkspaceWithMembers, uniqueEmail, uniqueSuffix } from "@/prisma/factories";

/** The workspace's audit rows that are not in `knownIds` (the ids taken before the action). */
async function newEvents(workspaceId: string, knownIds: string[]) {
  return db.auditEvent.findMany({ where: { workspaceId, id: { notIn: knownIds } } });
}
async function eventIds(workspaceId: string): Promise<string[]> {
  return (await db.auditEvent.findMany({ where: { workspaceId }, select: { id: true } })).map((e) => e.id);
}

describe("member mutations are audited", () => {
  it("inviteMember writes exactly one event with actor, entity and the invitation (never its link)", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    const known = await eventIds(workspace.id);
    const email = uniqueEmail("added");
    const { invitationId } = await inviteMember(actors.ADMIN, { email, role: "EDITOR" });

    const events = await newEvents(workspace.id, known);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: actors.ADMIN.userId,
      action: "invitation.created",
      entityType: "Invitation",
      entityId: invitationId,
      before: null,
      after: { email, role: "EDITOR", name: null },
    });
  });

  it("changeMemberRole writes one event with the role before and after", async () => {
    const { actors, membershipIds, users, workspace } = await createWorkspaceWithMembers();
    const known = await eventIds(workspace.id);
    await changeMemberRole(actors.ADMIN, { membershipId: membershipIds.VIEWER, role: "REVIEWER" });

    const events = await newEvents(workspace.id, known);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: actors.ADMIN.userId,
      action: "member.role_changed",
      entityType: "Membership",
      entityId: membershipIds.VIEWER,
      before: { role: "VIEWER", userId: users.VIEWER.id },
      after: { role: "REVIEWER", userId: users.VIEWER.id },
    });
  });

  it("removeMember writes one event with the removed membership as 'before'", async () => {
    const { actors, membershipIds, users, workspace } = await createWorkspaceWithMembers();
    const known = await eventIds(workspace.id);
    await removeMember(actors.ADMIN, { membershipId: membershipIds.EDITOR });

    const events = await newEvents(workspace.id, known);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: actors.ADMIN.userId,
      action: "member.removed",
      entityId: membershipIds.EDITOR,
      before: { role: "EDITOR", userId: users.EDITOR.id },
      after: null,
    });
  });

  it("setting a member's current role again changes nothing and writes nothing", async () => {
    const { actors, membershipIds, workspace } = await createWorkspaceWithMembers();
    const known = await eventIds(workspace.id);
    await changeMemberRole(actors.ADMIN, { membershipId: membershipIds.EDITOR, role: "EDITOR" });
    expect(await newEvents(workspace.id, known)).toHaveLength(0);
  });
});

describe("a failed change leaves no audit row", () => {
  it("a refused last-admin demotion writes nothing", async () => {
    const { actors, membershipIds, workspace } = await createWorkspaceWithMembers();
    const known = await eventIds(workspace.id);
    await expect(changeMemberRole(actors.ADMIN, { membershipId: membershipIds.ADMIN, role: "VIEWER" })).rejects.toThrow(
      ConflictError,
    );
    expect(await newEvents(workspace.id, known)).toHaveLength(0);
  });

  it("an error after recordAuditEvent rolls the audit row back with the transaction", async () => {
    const { actors } = await createWorkspaceWithMembers();
    const entityId = `entity-${uniqueSuffix()}`;
    const failing = db.$transaction(async (tx) => {
      await recordAuditEvent(tx, actors.ADMIN, {
        action: "test.failed",
        entityType: "Test",
        entityId,
        after: { x: 1 },
      });
      expect(await tx.auditEvent.count({ where: { entityId } })).toBe(1); // written inside the transaction…
      throw new Error("forced failure");
    });
    await expect(failing).rejects.toThrow("forced failure");
    expect(await db.auditEvent.count({ where: { entityId } })).toBe(0); // …and gone after the rollback
  });
});

describe("the database keeps AuditEvent append-only", () => {
  it("refuses UPDATE and DELETE, through Prisma and in raw SQL, and the row stays as it was", async () => {
    const { workspace } = await createWorkspaceWithMembers();
    const row = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: workspace.id } });

    await expect(db.auditEvent.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "actorId" = NULL WHERE id = ${row.id}`).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE "workspaceId" = ${workspace.id}`).rejects.toThrow(
      /append-only/,
    );
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("refuses TRUNCATE, even to the owner (the app's role has no TRUNCATE right at all: lib/db/roles.int.test.ts)", async () => {
    // rolled back whatever happens, so a missing trigger cannot empty the table under the other test files
    const truncate = db.$transaction(async (tx) => {
      await tx.$executeRaw`TRUNCATE "AuditEvent"`;
      throw new Error("TRUNCATE went through");
    });
    await expect(truncate).rejects.toThrow(/append-only \(TRUNCATE refused\)/);
  });
});

describe("findAuditEvents", () => {
  it.each(["VIEWER", "EDITOR", "REVIEWER"] as const)("is refused to a %s", async (role) => {
    const { actors } = await createWorkspaceWithMembers();
    await expect(findAuditEvents(actors[role])).rejects.toThrow(ForbiddenError);
  });

  it("shows an admin only their workspace's events, newest first, page by page", async () => {
    const mine = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    // 60 more events, enough for two pages; the other workspace gets some at the same time.
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 60; i++) {
        await recordAuditEvent(tx, mine.actors.ADMIN, {
          action: "test.page",
          entityType: "Test",
          entityId: `mine-${i}`,
        });
        if (i % 10 === 0)
          await recordAuditEvent(tx, other.actors.ADMIN, {
            action: "test.page",
            entityType: "Test",
            entityId: `other-${i}`,
          });
      }
    });
    // newest first: the reverse of the order they were written in
    const expected = await db.auditEvent.findMany({
      where: { workspaceId: mine.workspace.id },
      orderBy: { seq: "desc" },
    });
    expect(expected).toHaveLength(61);

    const first = await findAuditEvents(mine.actors.ADMIN);
    expect(first.events).toHaveLength(50);
    expect(first.nextCursor).toBe(first.events.at(-1)!.id);
    const second = await findAuditEvents(mine.actors.ADMIN, { cursor: first.nextCursor! });
    expect(second.nextCursor).toBeNull();

    expect([...first.events, ...second.events].map((e) => e.id)).toEqual(expected.map((e) => e.id));
    const created = second.events.find((e) => e.action === "workspace.created")!;
    expect(created).toMatchObject({ actorEmail: mine.users.ADMIN.email, actorName: mine.users.ADMIN.name });
  });

  it("filters by entity type", async () => {
    const { actors } = await createWorkspaceWithMembers();
    await inviteMember(actors.ADMIN, { email: uniqueEmail("f"), role: "VIEWER" });
    const page = await findAuditEvents(actors.ADMIN, { entityType: "Invitation" });
    expect(page.events.map((e) => e.action)).toEqual(["invitation.created"]);
  });
});

describe("recordAuditEvent", () => {
  it("stores dates and bigints as strings and numbers as given, and leaves an absent 'before' NULL", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    const entityId = `encoded-${uniqueSuffix()}`;
    const at = new Date("2026-12-07T10:00:00.123Z");
    await db.$transaction((tx) =>
      recordAuditEvent(tx, actors.ADMIN, {
        action: "test.encoded",
        entityType: "Test",
        entityId,
        after: { at, big: 2n ** 70n, share: 1.5, list: [1, "two"] },
      }),
    );
    const [row] = await db.$queryRaw<{ actorId: string; beforeIsNull: boolean; after: unknown }[]>`
      SELECT "actorId", "before" IS NULL AS "beforeIsNull", "after" FROM "AuditEvent"
       WHERE "workspaceId" = ${workspace.id} AND "entityId" = ${entityId}`;
    expect(row).toEqual({
      actorId: actors.ADMIN.userId,
      beforeIsNull: true,
      after: { at: "2026-12-07T10:00:00.123Z", big: "1180591620717411303424", share: 1.5, list: [1, "two"] },
    });
  });
});
