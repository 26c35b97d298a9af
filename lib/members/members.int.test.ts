import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { authenticateApiToken } from "@/lib/api/http/authenticate-api-token";
import { ApiAuthenticationError } from "@/lib/api/http/api-errors";
import { inviteMember } from "@/lib/invitations/invite-member";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { inviteAndReadToken } from "@/lib/invitations/test-support";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { findMembers } from "@/lib/members/find-members";
import { removeMember } from "@/lib/members/remove-member";
import type { Role } from "@/lib/policy/actor";
import { createWorkspaceWithMembers, uniqueEmail } from "@/prisma/factories";

/** Membership rows and audit count of a workspace, to show a refused call changed nothing. */
async function snapshot(workspaceId: string) {
  const memberships = await db.membership.findMany({ where: { workspaceId }, orderBy: { id: "asc" } });
  const auditEvents = await db.auditEvent.count({ where: { workspaceId } });
  return { memberships, auditEvents };
}

async function roleOf(membershipId: string): Promise<Role | undefined> {
  return (await db.membership.findUnique({ where: { id: membershipId }, select: { role: true } }))?.role;
}

describe("a leaver's API tokens", () => {
  it("are revoked for good in the removal; coming back through an invitation at a lower role brings none back", async () => {
    const { actors, membershipIds, users, workspace } = await createWorkspaceWithMembers();
    await changeMemberRole(actors.ADMIN, { membershipId: membershipIds.REVIEWER, role: "ADMIN" });
    const leaver = { ...actors.REVIEWER, role: "ADMIN" as const };
    const tokens = [
      await createApiToken(leaver, { name: "ingest", role: "EDITOR" }),
      await createApiToken(leaver, { name: "export", role: "ADMIN" }),
    ];
    const colleagues = await createApiToken(actors.ADMIN, { name: "the admin's own", role: "VIEWER" });
    for (const t of tokens)
      await expect(authenticateApiToken(`Bearer ${t.secret}`)).resolves.toMatchObject({ tokenId: t.id });

    await removeMember(actors.ADMIN, { membershipId: membershipIds.REVIEWER });

    const rows = await db.apiToken.findMany({ where: { id: { in: tokens.map((t) => t.id) } } });
    expect(rows.map((r) => [r.revokedReason, r.revokedAt instanceof Date])).toEqual([
      ["creator_left", true],
      ["creator_left", true],
    ]);
    const audited = await db.auditEvent.findMany({ where: { workspaceId: workspace.id, action: "api_token.revoked" } });
    expect(audited.map((e) => e.entityId).sort()).toEqual(tokens.map((t) => t.id).sort());
    await expect(authenticateApiToken(`Bearer ${colleagues.secret}`)).resolves.toMatchObject({
      tokenId: colleagues.id,
    });

    const { token } = await inviteAndReadToken(actors.ADMIN, { email: users.REVIEWER.email, role: "VIEWER" });
    await acceptInvitation(users.REVIEWER.id, token);
    expect(
      await db.membership.findFirst({ where: { workspaceId: workspace.id, userId: users.REVIEWER.id } }),
    ).toMatchObject({ role: "VIEWER" });
    for (const t of tokens)
      await expect(authenticateApiToken(`Bearer ${t.secret}`)).rejects.toThrow(ApiAuthenticationError);
  });

  it("a refused removal (the last admin) revokes nothing", async () => {
    const { actors, membershipIds } = await createWorkspaceWithMembers();
    const token = await createApiToken(actors.ADMIN, { name: "mine", role: "ADMIN" });
    await expect(removeMember(actors.ADMIN, { membershipId: membershipIds.ADMIN })).rejects.toThrow(ConflictError);
    expect(await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).toMatchObject({
      revokedAt: null,
      revokedReason: null,
    });
  });
});

describe("changeMemberRole and removeMember", () => {
  it("changes a member's role", async () => {
    const { actors, membershipIds } = await createWorkspaceWithMembers();
    await changeMemberRole(actors.ADMIN, { membershipId: membershipIds.VIEWER, role: "REVIEWER" });
    expect(await roleOf(membershipIds.VIEWER)).toBe("REVIEWER");
  });

  it("removes the membership but keeps the user's account", async () => {
    const { actors, membershipIds, users } = await createWorkspaceWithMembers();
    await removeMember(actors.ADMIN, { membershipId: membershipIds.EDITOR });
    expect(await roleOf(membershipIds.EDITOR)).toBeUndefined();
    expect(await db.user.count({ where: { id: users.EDITOR.id } })).toBe(1);
  });

  it("lets an admin step down once another admin exists", async () => {
    const { actors, membershipIds } = await createWorkspaceWithMembers();
    await changeMemberRole(actors.ADMIN, { membershipId: membershipIds.REVIEWER, role: "ADMIN" });
    await changeMemberRole(actors.ADMIN, { membershipId: membershipIds.ADMIN, role: "EDITOR" });
    expect(await roleOf(membershipIds.ADMIN)).toBe("EDITOR");
  });
});

describe("last-admin protection", () => {
  it.each(["VIEWER", "EDITOR", "REVIEWER"] as const)("the only admin cannot demote themselves to %s", async (role) => {
    const { actors, membershipIds, workspace } = await createWorkspaceWithMembers();
    const before = await snapshot(workspace.id);
    await expect(changeMemberRole(actors.ADMIN, { membershipId: membershipIds.ADMIN, role })).rejects.toThrow(
      ConflictError,
    );
    expect(await snapshot(workspace.id)).toEqual(before);
  });

  it("the only admin cannot be removed", async () => {
    const { actors, membershipIds, workspace } = await createWorkspaceWithMembers();
    const before = await snapshot(workspace.id);
    await expect(removeMember(actors.ADMIN, { membershipId: membershipIds.ADMIN })).rejects.toThrow(ConflictError);
    expect(await snapshot(workspace.id)).toEqual(before);
  });

  it.each([
    [
      "demote",
      (a: Parameters<typeof removeMember>[0], id: string) => changeMemberRole(a, { membershipId: id, role: "VIEWER" }),
    ],
    ["remove", (a: Parameters<typeof removeMember>[0], id: string) => removeMember(a, { membershipId: id })],
  ] as const)("two admins who %s each other at once: exactly one succeeds, one admin remains", async (_verb, act) => {
    const { actors, membershipIds, workspace } = await createWorkspaceWithMembers();
    await changeMemberRole(actors.ADMIN, { membershipId: membershipIds.REVIEWER, role: "ADMIN" });
    const secondAdmin = { ...actors.REVIEWER, role: "ADMIN" as const };

    const results = await Promise.allSettled([
      act(actors.ADMIN, membershipIds.REVIEWER),
      act(secondAdmin, membershipIds.ADMIN),
    ]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected");
    expect(failure?.reason).toBeInstanceOf(ConflictError);
    expect(await db.membership.count({ where: { workspaceId: workspace.id, role: "ADMIN" } })).toBe(1);
  });
});

describe("authorization", () => {
  it.each(["VIEWER", "EDITOR", "REVIEWER"] as const)(
    "%s may not read or manage members (ForbiddenError)",
    async (role) => {
      const { actors, membershipIds, workspace } = await createWorkspaceWithMembers();
      const before = await snapshot(workspace.id);
      const actor = actors[role];
      await expect(findMembers(actor)).rejects.toThrow(ForbiddenError);
      await expect(inviteMember(actor, { email: uniqueEmail("x"), role: "VIEWER" })).rejects.toThrow(ForbiddenError);
      await expect(changeMemberRole(actor, { membershipId: membershipIds.VIEWER, role: "ADMIN" })).rejects.toThrow(
        ForbiddenError,
      );
      await expect(removeMember(actor, { membershipId: membershipIds.ADMIN })).rejects.toThrow(ForbiddenError);
      expect(await snapshot(workspace.id)).toEqual(before);
    },
  );

  it("findMembers lists the workspace's members (admin), sorted by name", async () => {
    const { actors, users } = await createWorkspaceWithMembers();
    const members = (await findMembers(actors.ADMIN)).items;
    const expected = Object.entries(users).map(([role, u]) => ({ email: u.email, role, userId: u.id, name: u.name }));
    expected.sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
    expect(members.map(({ email, role, userId, name }) => ({ email, role, userId, name }))).toEqual(expected);
  });

  it("an admin of workspace B gets NotFoundError for workspace A's memberships, and neither workspace changes", async () => {
    const a = await createWorkspaceWithMembers();
    const b = await createWorkspaceWithMembers();
    const before = [await snapshot(a.workspace.id), await snapshot(b.workspace.id)];

    for (const membershipId of Object.values(a.membershipIds)) {
      await expect(changeMemberRole(b.actors.ADMIN, { membershipId, role: "VIEWER" })).rejects.toThrow(NotFoundError);
      await expect(removeMember(b.actors.ADMIN, { membershipId })).rejects.toThrow(NotFoundError);
    }
    expect([await snapshot(a.workspace.id), await snapshot(b.workspace.id)]).toEqual(before);
  });
});
