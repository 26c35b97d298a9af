/**
 * Tenant isolation: a member of workspace A reaches none of workspace B's rows,
 * through any domain function. Reads return only A's rows (or NotFound); writes
 * aimed at B's ids fail with NotFoundError and leave B byte-for-byte unchanged.
 * Add every new read and write use case here.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { findArticles } from "@/lib/articles/find-articles";
import { findAuditEvents } from "@/lib/audit/find-audit-events";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { inviteAndReadToken } from "@/lib/invitations/test-support";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { findMembers } from "@/lib/members/find-members";
import { removeMember } from "@/lib/members/remove-member";
import { ROLES } from "@/lib/policy/actor";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";
import { getWorkspace } from "@/lib/workspaces/get-workspace";
import { createArticle, createWorkspaceWithMembers, type TestWorkspace } from "@/prisma/factories";

/** Row counts and an md5 over every column that matters, per table, for one workspace. */
async function fingerprint(workspaceId: string) {
  return db.$queryRaw<{ table: string; rows: number; sum: string | null }[]>`
    SELECT 'Workspace' AS table, count(*)::int AS rows, md5(string_agg(concat_ws('|', id, slug, name, "organisationName", "updatedAt"), ',' ORDER BY id)) AS sum
      FROM "Workspace" WHERE id = ${workspaceId}
    UNION ALL
    SELECT 'Membership', count(*)::int, md5(string_agg(concat_ws('|', id, "userId", role, "updatedAt"), ',' ORDER BY id))
      FROM "Membership" WHERE "workspaceId" = ${workspaceId}
    UNION ALL
    SELECT 'AuditEvent', count(*)::int, md5(string_agg(concat_ws('|', id, "actorId", action, "entityType", "entityId", before::text, after::text), ',' ORDER BY id))
      FROM "AuditEvent" WHERE "workspaceId" = ${workspaceId}
    UNION ALL
    SELECT 'Article', count(*)::int, md5(string_agg(concat_ws('|', id, title, "updatedAt", "deletedAt"), ',' ORDER BY id))
      FROM "Article" WHERE "workspaceId" = ${workspaceId}`;
}

async function twoWorkspaces(): Promise<{ a: TestWorkspace; b: TestWorkspace; bArticleId: string }> {
  const [a, b] = await Promise.all([createWorkspaceWithMembers(), createWorkspaceWithMembers()]);
  await createArticle(a.actors.EDITOR);
  const { article } = await createArticle(b.actors.EDITOR);
  // B also has a member-management history, so its audit log is not only "workspace.created".
  await changeMemberRole(b.actors.ADMIN, { membershipId: b.membershipIds.VIEWER, role: "EDITOR" });
  return { a, b, bArticleId: article.id };
}

describe("reads never return another workspace's rows", () => {
  it("getWorkspace, findArticles: every role of A sees A only", async () => {
    const { a, b, bArticleId } = await twoWorkspaces();
    for (const role of ROLES) {
      expect((await getWorkspace(a.actors[role])).id).toBe(a.workspace.id);
      const articles = (await findArticles(a.actors[role])).items;
      expect(articles).toHaveLength(1);
      expect(articles.map((x) => x.id)).not.toContain(bArticleId);
    }
    expect((await getWorkspace(b.actors.VIEWER)).id).toBe(b.workspace.id); // B's own members do see it
  });

  it("findMembers lists A's members only", async () => {
    const { a, b } = await twoWorkspaces();
    const ids = (await findMembers(a.actors.ADMIN)).items.map((m) => m.membershipId);
    expect(ids.sort()).toEqual(Object.values(a.membershipIds).sort());
    for (const id of Object.values(b.membershipIds)) expect(ids).not.toContain(id);
  });

  it("findAuditEvents lists A's events only, also when given a cursor from B's log", async () => {
    const { a, b } = await twoWorkspaces();
    const aIds = (await db.auditEvent.findMany({ where: { workspaceId: a.workspace.id }, select: { id: true } })).map(
      (e) => e.id,
    );
    const bIds = (await db.auditEvent.findMany({ where: { workspaceId: b.workspace.id }, select: { id: true } })).map(
      (e) => e.id,
    );
    expect(bIds.length).toBeGreaterThan(0);

    expect((await findAuditEvents(a.actors.ADMIN)).events.map((e) => e.id).sort()).toEqual([...aIds].sort());
    for (const cursor of bIds) {
      const page = await findAuditEvents(a.actors.ADMIN, { cursor });
      for (const event of page.events) expect(aIds).toContain(event.id);
    }
  });

  it("findMyWorkspaces of A's members never names B", async () => {
    const { a, b } = await twoWorkspaces();
    for (const role of ROLES) {
      expect(await findMyWorkspaces(a.users[role].id)).toEqual([
        { slug: a.workspace.slug, name: a.workspace.name, role },
      ]);
    }
    expect((await findMyWorkspaces(b.users.ADMIN.id)).map((w) => w.slug)).toEqual([b.workspace.slug]);
  });
});

describe("writes never touch another workspace's rows", () => {
  it("A's admin changing or removing B's memberships gets NotFoundError; B is unchanged", async () => {
    const { a, b } = await twoWorkspaces();
    const before = await fingerprint(b.workspace.id);
    for (const membershipId of Object.values(b.membershipIds)) {
      await expect(changeMemberRole(a.actors.ADMIN, { membershipId, role: "ADMIN" })).rejects.toThrow(NotFoundError);
      await expect(changeMemberRole(a.actors.ADMIN, { membershipId, role: "VIEWER" })).rejects.toThrow(NotFoundError);
      await expect(removeMember(a.actors.ADMIN, { membershipId })).rejects.toThrow(NotFoundError);
    }
    expect(await fingerprint(b.workspace.id)).toEqual(before);
  });

  it("A's admin inviting B's member to A, accepted, makes a membership in A only; B is unchanged", async () => {
    const { a, b } = await twoWorkspaces();
    const before = await fingerprint(b.workspace.id);
    const { token } = await inviteAndReadToken(a.actors.ADMIN, { email: b.users.REVIEWER.email, role: "VIEWER" });
    await acceptInvitation(b.users.REVIEWER.id, token);
    expect(
      await db.membership.findFirstOrThrow({ where: { userId: b.users.REVIEWER.id, workspaceId: a.workspace.id } }),
    ).toMatchObject({ role: "VIEWER" });
    expect(await fingerprint(b.workspace.id)).toEqual(before);
  });

  it("creating a workspace with B's slug fails and leaves B unchanged", async () => {
    const { a, b } = await twoWorkspaces();
    const before = await fingerprint(b.workspace.id);
    const attempt = createWorkspace(a.users.ADMIN.id, {
      name: "Takeover",
      slug: b.workspace.slug,
      organisationName: "Other",
    });
    await expect(attempt).rejects.toThrow("This address is taken."); // the error type is checked in workspaces.int.test.ts
    expect(await fingerprint(b.workspace.id)).toEqual(before);
  });

  it("the fingerprint does see a change (so the checks above can fail)", async () => {
    const { b } = await twoWorkspaces();
    const before = await fingerprint(b.workspace.id);
    await changeMemberRole(b.actors.ADMIN, { membershipId: b.membershipIds.EDITOR, role: "REVIEWER" });
    const after = await fingerprint(b.workspace.id);
    expect(after.find((t) => t.table === "Membership")!.sum).not.toBe(
      before.find((t) => t.table === "Membership")!.sum,
    );
    expect(after.find((t) => t.table === "AuditEvent")!.rows).toBe(
      before.find((t) => t.table === "AuditEvent")!.rows + 1,
    );
  });
});
