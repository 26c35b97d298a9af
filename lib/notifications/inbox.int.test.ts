/**
 * The inbox: newest first in cursor pages with no silent cap, read marks that
 * only the owner can set (someone else's notification is 404, in the app and
 * over the API, where a token sees its creator's notifications of its own
 * workspace only), "mark all" up to what the person saw, the indexed unread
 * count, and audited email preferences.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { findNotificationsPage } from "@/lib/notifications/find-notifications-page";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { findNotificationPreferences } from "@/lib/notifications/find-notification-preferences";
import { updateNotificationPreferences } from "@/lib/notifications/update-notification-preferences";
import {
  MarkAllNotificationsReadInputSchema,
  UpdateNotificationPreferencesInputSchema,
} from "@/lib/notifications/schemas";
import { personalInbox } from "@/lib/notifications/scope";
import { createUser, createWorkspaceWithMembers } from "@/prisma/factories";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";
import * as listRoute from "@/app/api/v1/notifications/route";
import * as readRoute from "@/app/api/v1/notifications/[notificationId]/read/route";

/** `count` notifications for the user, one second apart, the last one newest. */
async function seed(
  userId: string,
  workspaceId: string | null,
  count: number,
  start = new Date("2026-11-01T08:00:00Z"),
) {
  await db.notification.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      userId,
      workspaceId,
      kind: "CLAIM_ASSIGNED" as const,
      title: `Notification ${i + 1}`,
      body: `Body ${i + 1}`,
      link: "/inbox",
      createdAt: new Date(start.getTime() + i * 1000),
    })),
  });
  return db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true },
  });
}

describe("the inbox", () => {
  it("pages through every notification, newest first, across workspaces, without repeats or a cap", async () => {
    const a = await createWorkspaceWithMembers();
    const b = await createWorkspaceWithMembers();
    const user = await createUser({ workspaceId: a.workspace.id, role: "EDITOR" });
    await db.membership.create({ data: { workspaceId: b.workspace.id, userId: user.id, role: "VIEWER" } });
    await seed(user.id, a.workspace.id, 40);
    const all = await seed(user.id, b.workspace.id, 13, new Date("2026-11-02T08:00:00Z"));
    await seed(a.users.EDITOR.id, a.workspace.id, 3); // someone else's

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await findNotificationsPage(personalInbox(user.id), { limit: 25, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((n) => n.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(all.map((n) => n.id));
    const first = await findNotificationsPage(personalInbox(user.id), { limit: 2 });
    expect(first.items.map((n) => [n.title, n.workspaceName])).toEqual([
      ["Notification 13", b.workspace.name],
      ["Notification 12", b.workspace.name],
    ]);
  });

  it("marks one read (someone else's: NotFoundError, unchanged), then all it saw; the unread count follows", async () => {
    const ws = await createWorkspaceWithMembers();
    const [newest, , oldest] = await seed(ws.users.EDITOR.id, ws.workspace.id, 3);
    const [theirs] = await seed(ws.users.REVIEWER.id, ws.workspace.id, 1);
    expect(await countUnreadNotifications(ws.users.EDITOR.id)).toBe(3);

    await expect(
      markNotificationRead(personalInbox(ws.users.EDITOR.id), { notificationId: theirs!.id }),
    ).rejects.toThrow(NotFoundError);
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs!.id } })).readAt).toBeNull();

    expect(await markNotificationRead(personalInbox(ws.users.EDITOR.id), { notificationId: oldest!.id })).toEqual({
      link: "/inbox",
    });
    const readAt = (await db.notification.findUniqueOrThrow({ where: { id: oldest!.id } })).readAt;
    expect(readAt).toBeInstanceOf(Date);
    await markNotificationRead(personalInbox(ws.users.EDITOR.id), { notificationId: oldest!.id });
    expect((await db.notification.findUniqueOrThrow({ where: { id: oldest!.id } })).readAt).toEqual(readAt);
    expect(await countUnreadNotifications(ws.users.EDITOR.id)).toBe(2);

    // "mark all" as seen before the newest one arrived leaves that one unread
    const seenAt = new Date("2026-11-01T08:00:01.500Z").toISOString();
    expect(
      await markAllNotificationsRead(
        personalInbox(ws.users.EDITOR.id),
        MarkAllNotificationsReadInputSchema.parse({ seenAt }),
      ),
    ).toEqual({ marked: 1 });
    expect(await countUnreadNotifications(ws.users.EDITOR.id)).toBe(1);
    expect((await db.notification.findUniqueOrThrow({ where: { id: newest!.id } })).readAt).toBeNull();
    expect(
      await markAllNotificationsRead(personalInbox(ws.users.EDITOR.id), MarkAllNotificationsReadInputSchema.parse({})),
    ).toEqual({ marked: 1 });
    expect(await countUnreadNotifications(ws.users.REVIEWER.id)).toBe(1);
  });

  it("the unread count can be answered from the (userId, readAt) index", async () => {
    const ws = await createWorkspaceWithMembers();
    // with sequential scans priced out, a plan without the index means no index fits the query
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT count(*) FROM "Notification" WHERE "userId" = $1 AND "readAt" IS NULL`,
        ws.users.EDITOR.id,
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toMatch(/Notification_userId_readAt_idx/);
  });
});

describe("email preferences", () => {
  it("default to email for every kind; saving writes every kind and is audited with before and after", async () => {
    const user = await createUser();
    expect((await findNotificationPreferences(user.id)).every((p) => p.email)).toBe(true);
    await updateNotificationPreferences(
      user.id,
      UpdateNotificationPreferencesInputSchema.parse({
        "email-CLAIM_ASSIGNED": "on",
        "email-VERDICT_CHANGES_REQUESTED": "on",
      }),
    );
    const saved = await findNotificationPreferences(user.id);
    expect(saved.filter((p) => p.email).map((p) => p.kind)).toEqual(["CLAIM_ASSIGNED", "VERDICT_CHANGES_REQUESTED"]);
    expect(await db.notificationPreference.count({ where: { userId: user.id } })).toBe(saved.length);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { actorId: user.id, action: "notification_preferences.updated" },
    });
    expect(audit).toMatchObject({
      workspaceId: null,
      entityType: "User",
      entityId: user.id,
      before: { INVITED: true, REPORT_CORRECTED: true },
      after: { INVITED: false, CLAIM_ASSIGNED: true, REPORT_CORRECTED: false },
    });
  });
});

describe("GET /api/v1/notifications and POST /api/v1/notifications/{id}/read", () => {
  it("list the token creator's notifications of the token's workspace only, in pages; read marks refuse others' ids with 404", async () => {
    const ws = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    await db.membership.create({
      data: { workspaceId: other.workspace.id, userId: ws.users.ADMIN.id, role: "VIEWER" },
    });
    const mine = await seed(ws.users.ADMIN.id, ws.workspace.id, 3);
    const [elsewhere] = await seed(ws.users.ADMIN.id, other.workspace.id, 1, new Date("2026-12-01T00:00:00Z"));
    const [theirs] = await seed(ws.users.EDITOR.id, ws.workspace.id, 1);
    const token = await tokenFor(ws, "VIEWER");

    const first = await call(listRoute.GET, "GET", "/notifications", { token, query: { limit: "2" } });
    expect(first.status).toBe(200);
    expect(first.body.items.map((n: { id: string }) => n.id)).toEqual(mine.slice(0, 2).map((n) => n.id));
    expect(first.body.items[0]).toMatchObject({
      kind: "CLAIM_ASSIGNED",
      body: expect.any(String),
      link: "http://factdesk.test/inbox",
      readAt: null,
    });
    expect(first.headers.get("link")).toContain("cursor=");
    const second = await call(listRoute.GET, "GET", "/notifications", {
      token,
      query: { limit: "2", cursor: first.body.nextCursor },
    });
    expect(second.body).toMatchObject({ items: [{ title: "Notification 1" }], nextCursor: null });
    expectProblem(
      await call(listRoute.GET, "GET", "/notifications", { token, query: { cursor: "not-a-cursor" } }),
      400,
    );

    const read = await call(readRoute.POST, "POST", `/notifications/${first.body.items[0].id}/read`, {
      token,
      params: { notificationId: first.body.items[0].id },
    });
    expect(read.status).toBe(204);
    expect((await db.notification.findUniqueOrThrow({ where: { id: first.body.items[0].id } })).readAt).toBeInstanceOf(
      Date,
    );
    for (const id of [theirs!.id, elsewhere!.id, "no-such-notification"]) {
      expectProblem(
        await call(readRoute.POST, "POST", `/notifications/${id}/read`, { token, params: { notificationId: id } }),
        404,
      );
    }
    expect(
      await db.notification.count({ where: { id: { in: [theirs!.id, elsewhere!.id] }, readAt: { not: null } } }),
    ).toBe(0);
    expectProblem(await call(listRoute.GET, "GET", "/notifications", {}), 401);
  });
});
