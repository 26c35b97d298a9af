/**
 * Regression test for issue 13's account takeover: an admin of any workspace
 * (anyone can make one) "added" an address, got the new account's password,
 * and kept it when the real newsroom added the same person later. With
 * invitations nobody but the address's owner ever chooses its password.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { linkSsoAccount } from "@/lib/auth/link-sso-account";
import { hashPassword } from "@/lib/auth/password";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { inviteMember } from "@/lib/invitations/invite-member";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { acceptInvitationWithPassword } from "@/lib/invitations/accept-invitation-with-password";
import { findInvitationByToken } from "@/lib/invitations/find-invitation-by-token";
import { inviteAndReadToken, latestInvitationToken } from "@/lib/invitations/test-support";
import { createUser, createWorkspaceWithMembers, uniqueEmail, uniqueSuffix } from "@/prisma/factories";

const VICTIMS_PASSWORD = "the victim's own passphrase";
const ATTACKERS_PASSWORD = "attacker chose this one";

/** The real sign-in check, from a fresh client address each time (no throttling in the way). */
async function signsIn(email: string, password: string): Promise<boolean> {
  return (
    await verifyCredentials(email, password, {
      address: `203.0.113.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`,
      deviceCookie: null,
    })
  ).ok;
}

async function attackersWorkspace() {
  const attacker = await createUser({ password: ATTACKERS_PASSWORD });
  const slug = `attack-${uniqueSuffix()}`;
  const workspace = await createWorkspace(attacker.id, {
    name: "Totally a newsroom",
    slug,
    organisationName: "Attacker Ltd",
  });
  return { attacker, actor: { userId: attacker.id, workspaceId: workspace.id, role: "ADMIN" as const } };
}

describe("account takeover through 'add member' (issue 13)", () => {
  it("the attacker's invitation creates no account and shows no password; the victim's own password is the only one that works", async () => {
    const victim = uniqueEmail("victim");
    const { attacker, actor: attackerAdmin } = await attackersWorkspace();

    // 1. the attacker invites the victim first: nothing to take over
    const attackersInvite = await inviteMember(attackerAdmin, { email: victim, role: "VIEWER" });
    expect(Object.keys(attackersInvite).sort()).toEqual(["email", "invitationId"]);
    expect(await db.user.count({ where: { email: victim } })).toBe(0);
    const attackersToken = await latestInvitationToken(victim); // in the victim's mailbox, not the attacker's

    // 2. the newsroom invites the same address; the victim accepts from the newsroom's mail with their own password
    const newsroom = await createWorkspaceWithMembers({ name: "The real newsroom" });
    const { token: newsroomToken } = await inviteAndReadToken(newsroom.actors.ADMIN, { email: victim, role: "EDITOR" });
    const accepted = await acceptInvitationWithPassword({
      token: newsroomToken,
      name: "Vic Tim",
      password: VICTIMS_PASSWORD,
      confirmPassword: VICTIMS_PASSWORD,
    });
    expect(accepted.workspaceSlug).toBe(newsroom.workspace.slug);
    expect(await signsIn(victim, VICTIMS_PASSWORD)).toBe(true);
    expect(await db.membership.findMany({ where: { userId: accepted.userId }, select: { workspaceId: true } })).toEqual(
      [{ workspaceId: newsroom.workspace.id }],
    );

    // 3. the attacker cannot use their own invitation link to join as, or set a password for, the victim now
    expect(await findInvitationByToken(attackersToken)).toMatchObject({ account: "sign_in" });
    await expect(
      acceptInvitationWithPassword({
        token: attackersToken,
        name: "x",
        password: ATTACKERS_PASSWORD,
        confirmPassword: ATTACKERS_PASSWORD,
      }),
    ).rejects.toThrow(/Sign in/);
    await expect(acceptInvitation(attacker.id, attackersToken)).rejects.toThrow(ForbiddenError);
    expect(await signsIn(victim, ATTACKERS_PASSWORD)).toBe(false);

    // 4. if the victim ever accepts the attacker's invitation, it only adds a membership they chose
    await acceptInvitation(accepted.userId, attackersToken);
    const after = await db.user.findUniqueOrThrow({
      where: { id: accepted.userId },
      include: { memberships: { select: { workspaceId: true, role: true } } },
    });
    expect(after.memberships).toHaveLength(2);
    expect(after.memberships).toContainEqual({ workspaceId: attackerAdmin.workspaceId, role: "VIEWER" });
    expect(await signsIn(victim, VICTIMS_PASSWORD)).toBe(true);
    expect(await signsIn(victim, ATTACKERS_PASSWORD)).toBe(false);
  });

  it("an account left from the old flow (a password the attacker chose) is claimed by the victim through the newsroom's invitation: the attacker's password and sessions die", async () => {
    const victim = uniqueEmail("legacy");
    const legacy = await db.user.create({
      data: { email: victim, passwordHash: await hashPassword(ATTACKERS_PASSWORD), mustChangePassword: true },
      select: { id: true },
    });
    const attackersSession = await db.userSession.create({
      data: { userId: legacy.id, method: "password", expiresAt: new Date(Date.now() + 3_600_000) },
    });
    expect(await signsIn(victim, ATTACKERS_PASSWORD)).toBe(true);

    const newsroom = await createWorkspaceWithMembers();
    const { token } = await inviteAndReadToken(newsroom.actors.ADMIN, { email: victim, role: "EDITOR" });
    expect(await findInvitationByToken(token)).toMatchObject({ account: "choose_password" });
    const accepted = await acceptInvitationWithPassword({
      token,
      name: "Vic",
      password: VICTIMS_PASSWORD,
      confirmPassword: VICTIMS_PASSWORD,
    });

    expect(accepted.userId).toBe(legacy.id);
    expect(await signsIn(victim, ATTACKERS_PASSWORD)).toBe(false);
    expect(await signsIn(victim, VICTIMS_PASSWORD)).toBe(true);
    expect(await db.userSession.findUniqueOrThrow({ where: { id: attackersSession.id } })).toMatchObject({
      revokedAt: expect.any(Date),
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: legacy.id } })).toMatchObject({ mustChangePassword: false });
    expect(
      await db.auditEvent.findFirst({ where: { entityId: legacy.id, action: "user.password_set_by_invitation" } }),
    ).toMatchObject({ after: { replacedForeignPassword: true, sessionsEnded: 1 } });
  });
});

describe("SSO linking to an account whose password someone else chose", () => {
  const identity = (email: string) => ({
    provider: "newsroom-sso",
    providerAccountId: `sub-${uniqueSuffix()}`,
    email,
    name: "Vic Sso",
  });

  it("removes that password and ends its sessions, audited: the attacker's password stops working", async () => {
    const victim = uniqueEmail("sso-victim");
    const legacy = await db.user.create({
      data: { email: victim, passwordHash: await hashPassword(ATTACKERS_PASSWORD), mustChangePassword: true },
      select: { id: true },
    });
    const attackersSession = await db.userSession.create({
      data: { userId: legacy.id, method: "password", expiresAt: new Date(Date.now() + 3_600_000) },
    });
    expect(await signsIn(victim, ATTACKERS_PASSWORD)).toBe(true);

    expect(await linkSsoAccount(identity(victim))).toEqual({ id: legacy.id });

    expect(await db.user.findUniqueOrThrow({ where: { id: legacy.id } })).toMatchObject({
      passwordHash: null,
      mustChangePassword: false,
      emailVerified: expect.any(Date),
    });
    expect(await signsIn(victim, ATTACKERS_PASSWORD)).toBe(false);
    expect(await db.userSession.findUniqueOrThrow({ where: { id: attackersSession.id } })).toMatchObject({
      revokedAt: expect.any(Date),
    });
    const actions = (
      await db.auditEvent.findMany({ where: { entityId: legacy.id }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["user.foreign_password_removed", "user.sso_linked"]));
  });

  it("keeps a password the person chose themselves", async () => {
    const own = await createUser({ password: VICTIMS_PASSWORD });
    await linkSsoAccount(identity(own.email));
    expect(await signsIn(own.email, VICTIMS_PASSWORD)).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: own.id, action: "user.foreign_password_removed" } })).toBe(0);
  });
});
