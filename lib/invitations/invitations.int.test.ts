import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { hashOneTimeToken } from "@/lib/auth/one-time-token";
import { inviteMember } from "@/lib/invitations/invite-member";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { findInvitation, findInvitations } from "@/lib/invitations/find-invitations";
import { findInvitationByToken } from "@/lib/invitations/find-invitation-by-token";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { acceptInvitationWithPassword } from "@/lib/invitations/accept-invitation-with-password";
import { DeadInvitationLinkError } from "@/lib/invitations/open-invitation";
import { inviteAndReadToken, latestInvitationToken } from "@/lib/invitations/test-support";
import { AcceptWithPasswordInputSchema } from "@/lib/invitations/schemas";
import { verifyPassword } from "@/lib/auth/password";
import { createUser, createWorkspaceWithMembers, uniqueEmail } from "@/prisma/factories";

const PASSWORD = "a password of my own";
const accept = (token: string, name = "Ines Invitee", password = PASSWORD) =>
  acceptInvitationWithPassword({ token, name, password, confirmPassword: password });

/** Everything accepting or refusing could touch, to show a refused call wrote nothing. */
async function snapshot(workspaceId: string, email: string) {
  return {
    users: await db.user.findMany({ where: { email }, orderBy: { id: "asc" } }),
    memberships: await db.membership.findMany({ where: { workspaceId }, orderBy: { id: "asc" } }),
    invitations: await db.invitation.findMany({ where: { workspaceId }, orderBy: { id: "asc" } }),
    auditEvents: await db.auditEvent.count({ where: { OR: [{ workspaceId }, { workspaceId: null }] } }),
    mails: await db.emailMessage.count({ where: { to: email } }),
  };
}

describe("inviting", () => {
  it("creates no account: only an invitation (token hashed, 7 days) and an email naming the workspace, the inviter, the role and the link", async () => {
    const { actors, users, workspace } = await createWorkspaceWithMembers({ name: "Metro desk" });
    const email = uniqueEmail("invitee");
    const result = await inviteMember(actors.ADMIN, { email, name: "Ines", role: "REVIEWER" });

    expect(Object.keys(result).sort()).toEqual(["email", "invitationId"]);
    expect(await db.user.count({ where: { email } })).toBe(0);
    const invitation = await db.invitation.findUniqueOrThrow({ where: { id: result.invitationId } });
    const token = await latestInvitationToken(email);
    expect(invitation).toMatchObject({
      workspaceId: workspace.id,
      email,
      name: "Ines",
      role: "REVIEWER",
      invitedById: users.ADMIN.id,
      tokenHash: hashOneTimeToken(token),
      acceptedAt: null,
      revokedAt: null,
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(invitation.expiresAt.getTime() - invitation.lastSentAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);

    const mail = await db.emailMessage.findFirstOrThrow({ where: { to: email } });
    expect(mail).toMatchObject({ kind: "invitation", workspaceId: workspace.id });
    expect(mail.subject).toContain("Metro desk");
    expect(mail.text).toContain(users.ADMIN.name);
    expect(mail.text).toContain("as Reviewer");
    expect(mail.text).toContain(`/invite/${token}`);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: invitation.id } });
    expect(audit).toMatchObject({ action: "invitation.created", actorId: users.ADMIN.id, workspaceId: workspace.id });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(token);
  });

  it("an address that already has an account gets the same answer, an invitation and an inbox notification, and no membership yet", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    const existing = await createUser({ password: "their-own-password" });
    const before = await db.user.findUniqueOrThrow({ where: { id: existing.id } });

    await inviteMember(actors.ADMIN, { email: existing.email, role: "EDITOR" });

    expect(await db.membership.count({ where: { workspaceId: workspace.id, userId: existing.id } })).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(before);
    const inbox = await db.notification.findMany({ where: { userId: existing.id } });
    expect(inbox).toMatchObject([{ kind: "INVITED", workspaceId: workspace.id, link: null }]);
    expect(inbox[0]!.body).toContain(existing.email);
    // one mail only: the invitation, which carries the link
    expect(await db.emailMessage.count({ where: { to: existing.email } })).toBe(1);
  });

  it("refuses a member (409) and a second open invitation (409, suggesting Resend), writing nothing", async () => {
    const { actors, users, workspace } = await createWorkspaceWithMembers();
    const before = await snapshot(workspace.id, users.VIEWER.email);
    await expect(inviteMember(actors.ADMIN, { email: users.VIEWER.email, role: "ADMIN" })).rejects.toThrow(
      ConflictError,
    );
    expect(await snapshot(workspace.id, users.VIEWER.email)).toEqual(before);

    const email = uniqueEmail("twice");
    await inviteMember(actors.ADMIN, { email, role: "VIEWER" });
    const once = await snapshot(workspace.id, email);
    await expect(inviteMember(actors.ADMIN, { email, role: "EDITOR" })).rejects.toThrow(/Resend/);
    expect(await snapshot(workspace.id, email)).toEqual(once);
  });

  it("two admins inviting one address at the same moment make one invitation", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    const email = uniqueEmail("race");
    const results = await Promise.allSettled([
      inviteMember(actors.ADMIN, { email, role: "VIEWER" }),
      inviteMember(actors.ADMIN, { email, role: "EDITOR" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(
      ConflictError,
    );
    expect(await db.invitation.count({ where: { workspaceId: workspace.id, email } })).toBe(1);
  });
});

describe("the invitation's language", () => {
  const mailTo = (email: string) =>
    db.emailMessage.findFirstOrThrow({ where: { to: email, kind: "invitation" }, orderBy: { createdAt: "desc" } });

  it("is English, worded as it always was, when nobody chose a language", async () => {
    const { actors, users, workspace } = await createWorkspaceWithMembers({ name: "Metro desk" });
    const email = uniqueEmail("english");
    await inviteMember(actors.ADMIN, { email, role: "EDITOR" });
    const mail = await mailTo(email);
    const invitation = await db.invitation.findFirstOrThrow({ where: { email } });
    const { organisationName } = await db.workspace.findUniqueOrThrow({ where: { id: workspace.id } });
    expect(mail.subject).toBe(`${users.ADMIN.name} invited you to Metro desk on Factdesk`);
    expect(mail.text.replace(/https?:\/\/\S+/, "<link>")).toBe(
      [
        `${users.ADMIN.name} (${users.ADMIN.email}) invited you to join "Metro desk" (${organisationName}) on Factdesk as Editor: an editor annotates articles, records claims and drafts verdicts.`,
        "",
        "Accept the invitation: <link>",
        "",
        `The link works once and until ${invitation.expiresAt.toUTCString()}. If you have no Factdesk account yet, you choose your own password there.`,
        "If you did not expect this invitation, ignore this email: nothing happens until you accept.",
      ].join("\n"),
    );
  });

  it("to an address without an account, is in the inviting admin's language", async () => {
    const { actors, users } = await createWorkspaceWithMembers({ name: "Metro desk" });
    await db.user.update({ where: { id: users.ADMIN.id }, data: { locale: "uk" } });
    const email = uniqueEmail("ukrainian");
    await inviteMember(actors.ADMIN, { email, role: "REVIEWER" });
    const mail = await mailTo(email);
    expect(mail.subject).toBe(`${users.ADMIN.name} запрошує вас до «Metro desk» у Factdesk`);
    expect(mail.text).toContain("у ролі «Рецензент»: рецензент також рецензує та схвалює вердикти й публікує звіти.");
    expect(mail.text).toContain("Прийняти запрошення: ");
    expect(mail.text).toMatch(/діє до \d{1,2} \S+ \d{4} р\..*\(UTC\)\./);
    expect(await latestInvitationToken(email)).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // a resend too
    const invitation = await db.invitation.findFirstOrThrow({ where: { email } });
    await resendInvitation(actors.ADMIN, { invitationId: invitation.id });
    expect((await mailTo(email)).subject).toContain("запрошує вас");
  });

  it("to an account, is in the language its owner chose, whatever the admin's", async () => {
    const { actors, users } = await createWorkspaceWithMembers();
    await db.user.update({ where: { id: users.ADMIN.id }, data: { locale: "uk" } });
    const choseEnglish = await createUser();
    await db.user.update({ where: { id: choseEnglish.id }, data: { locale: "en" } });
    const choseNothing = await createUser();
    await inviteMember(actors.ADMIN, { email: choseEnglish.email, role: "VIEWER" });
    await inviteMember(actors.ADMIN, { email: choseNothing.email, role: "VIEWER" });
    expect((await mailTo(choseEnglish.email)).text).toContain("on Factdesk as Viewer: a viewer reads articles");
    expect((await mailTo(choseNothing.email)).text).toContain("у ролі «Читач»: читач читає статті");
  });
});

describe("accepting with a new password", () => {
  it("creates the verified account and the membership with the invited role; the link then dies", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    const email = uniqueEmail("newbie");
    const { invitationId, token } = await inviteAndReadToken(actors.ADMIN, { email, role: "REVIEWER" });
    expect(await findInvitationByToken(token)).toMatchObject({
      email,
      role: "REVIEWER",
      account: "choose_password",
      workspace: { slug: workspace.slug },
    });

    const accepted = await accept(token);

    expect(accepted).toEqual({ userId: expect.any(String), email, workspaceSlug: workspace.slug });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ id: accepted.userId, name: "Ines Invitee", mustChangePassword: false });
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect(
      await db.membership.findUniqueOrThrow({
        where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
      }),
    ).toMatchObject({ role: "REVIEWER" });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({
      acceptedById: user.id,
      acceptedAt: expect.any(Date),
    });
    expect(
      await db.auditEvent.findFirst({ where: { entityId: invitationId, action: "invitation.accepted" } }),
    ).toMatchObject({ actorId: user.id, workspaceId: workspace.id });

    // used: dead for everyone, nothing written
    const before = await snapshot(workspace.id, email);
    expect(await findInvitationByToken(token)).toBeNull();
    await expect(accept(token, "Someone", "another password 1")).rejects.toThrow(DeadInvitationLinkError);
    await expect(acceptInvitation(user.id, token)).rejects.toThrow(NotFoundError);
    expect(await snapshot(workspace.id, email)).toEqual(before);
  });

  it("asks for a password of the minimum length, typed twice the same", () => {
    const token = "t".repeat(43);
    expect(
      AcceptWithPasswordInputSchema.safeParse({ token, name: "A", password: "short", confirmPassword: "short" }).error
        ?.issues[0]?.path,
    ).toEqual(["password"]);
    expect(
      AcceptWithPasswordInputSchema.safeParse({ token, name: "A", password: PASSWORD, confirmPassword: `${PASSWORD}!` })
        .error?.issues[0]?.path,
    ).toEqual(["confirmPassword"]);
    expect(
      AcceptWithPasswordInputSchema.safeParse({ token, name: " ", password: PASSWORD, confirmPassword: PASSWORD }).error
        ?.issues[0]?.path,
    ).toEqual(["name"]);
  });

  it("two acceptances of one link at the same moment: one account, one membership", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    const email = uniqueEmail("double");
    const { token } = await inviteAndReadToken(actors.ADMIN, { email });
    const results = await Promise.allSettled([accept(token), accept(token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.membership.count({ where: { workspaceId: workspace.id, user: { email } } })).toBe(1);
  });

  it("an account with its owner's own password is told to sign in (409), and nothing changes", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    const existing = await createUser({ password: "their-own-password" });
    const { token } = await inviteAndReadToken(actors.ADMIN, { email: existing.email });
    expect(await findInvitationByToken(token)).toMatchObject({ account: "sign_in" });
    const before = await snapshot(workspace.id, existing.email);
    await expect(accept(token)).rejects.toThrow(ConflictError);
    expect(await snapshot(workspace.id, existing.email)).toEqual(before);
  });
});

describe("accepting while signed in", () => {
  it("joins as the invited address", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    const existing = await createUser({ password: "their-own-password" });
    const { token } = await inviteAndReadToken(actors.ADMIN, { email: existing.email, role: "VIEWER" });
    expect(await acceptInvitation(existing.id, token)).toEqual({ workspaceSlug: workspace.slug });
    expect(await db.membership.findFirst({ where: { workspaceId: workspace.id, userId: existing.id } })).toMatchObject({
      role: "VIEWER",
    });
  });

  it("refuses someone signed in as another address (403), writing nothing", async () => {
    const { actors, users, workspace } = await createWorkspaceWithMembers();
    const email = uniqueEmail("meant");
    const { token } = await inviteAndReadToken(actors.ADMIN, { email });
    const other = await createUser({ password: "another-password" });
    const before = await snapshot(workspace.id, email);
    await expect(acceptInvitation(other.id, token)).rejects.toThrow(
      new ForbiddenError(
        `This invitation is for ${email}; you are signed in as ${other.email}. Sign out, then open the link again.`,
      ),
    );
    await expect(acceptInvitation(users.ADMIN.id, token)).rejects.toThrow(ForbiddenError);
    expect(await snapshot(workspace.id, email)).toEqual(before);
  });
});

describe("resend, revoke, expiry", () => {
  it("resend sends a new link for 7 more days; the old link dies", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    const email = uniqueEmail("resend");
    const { invitationId, token: oldToken } = await inviteAndReadToken(actors.ADMIN, { email });
    await db.invitation.update({
      where: { id: invitationId },
      data: { expiresAt: new Date(Date.now() - 1000), lastSentAt: new Date(Date.now() - 8 * 86_400_000) },
    });
    expect(await findInvitation(actors.ADMIN, invitationId)).toMatchObject({ status: "expired" });

    await resendInvitation(actors.ADMIN, { invitationId });

    const newToken = await latestInvitationToken(email);
    expect(newToken).not.toBe(oldToken);
    expect(await findInvitationByToken(oldToken)).toBeNull();
    expect(await findInvitation(actors.ADMIN, invitationId)).toMatchObject({
      status: "pending",
      delivery: { state: "not_sent" },
    });
    expect(await db.emailMessage.count({ where: { to: email } })).toBe(2);
    expect(await db.auditEvent.count({ where: { entityId: invitationId, action: "invitation.resent" } })).toBe(1);
    await expect(accept(oldToken)).rejects.toThrow(DeadInvitationLinkError);
    expect(await accept(newToken)).toMatchObject({ workspaceSlug: workspace.slug });
  });

  it("revoke kills the link at once; revoking again or resending it is not found", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    const email = uniqueEmail("revoke");
    const { invitationId, token } = await inviteAndReadToken(actors.ADMIN, { email });
    await revokeInvitation(actors.ADMIN, { invitationId });
    expect(await findInvitationByToken(token)).toBeNull();
    const before = await snapshot(workspace.id, email);
    await expect(accept(token)).rejects.toThrow(DeadInvitationLinkError);
    await expect(revokeInvitation(actors.ADMIN, { invitationId })).rejects.toThrow(NotFoundError);
    await expect(resendInvitation(actors.ADMIN, { invitationId })).rejects.toThrow(NotFoundError);
    expect(await snapshot(workspace.id, email)).toEqual(before);
    expect(await findInvitation(actors.ADMIN, invitationId)).toMatchObject({ status: "revoked" });
    // a revoked invitation no longer blocks a new one
    await expect(inviteMember(actors.ADMIN, { email, role: "VIEWER" })).resolves.toMatchObject({ email });
  });

  it("an expired or malformed link is dead", async () => {
    const { actors, workspace } = await createWorkspaceWithMembers();
    const email = uniqueEmail("late");
    const { invitationId, token } = await inviteAndReadToken(actors.ADMIN, { email });
    await db.invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await snapshot(workspace.id, email);
    expect(await findInvitationByToken(token)).toBeNull();
    await expect(accept(token)).rejects.toThrow(DeadInvitationLinkError);
    for (const junk of ["", "x", `${token}x`, token.slice(1), "../../etc"]) {
      expect(await findInvitationByToken(junk)).toBeNull();
      await expect(accept(junk)).rejects.toThrow(DeadInvitationLinkError);
    }
    expect(await snapshot(workspace.id, email)).toEqual(before);
  });

  it("lists invitations with inviter and delivery, never a token", async () => {
    const { actors, users } = await createWorkspaceWithMembers();
    const email = uniqueEmail("listed");
    const { invitationId, token } = await inviteAndReadToken(actors.ADMIN, { email, name: "Lee", role: "EDITOR" });
    const list = await findInvitations(actors.ADMIN);
    expect(list.total).toBe(1);
    expect(list.items).toEqual([
      expect.objectContaining({
        id: invitationId,
        email,
        name: "Lee",
        role: "EDITOR",
        status: "pending",
        invitedBy: { name: users.ADMIN.name, email: users.ADMIN.email },
        delivery: { state: "not_sent", sentAt: null, lastError: null },
      }),
    ]);
    expect(JSON.stringify(list)).not.toContain(token);
    expect(JSON.stringify(list)).not.toContain(hashOneTimeToken(token));
  });
});

describe("authorization", () => {
  it.each(["VIEWER", "EDITOR", "REVIEWER"] as const)(
    "%s may not invite, list, resend or revoke (403), and nothing changes",
    async (role) => {
      const { actors, workspace } = await createWorkspaceWithMembers();
      const email = uniqueEmail("forbidden");
      const { invitationId } = await inviteAndReadToken(actors.ADMIN, { email });
      const before = await snapshot(workspace.id, email);
      await expect(inviteMember(actors[role], { email: uniqueEmail("x"), role: "VIEWER" })).rejects.toThrow(
        ForbiddenError,
      );
      await expect(findInvitations(actors[role])).rejects.toThrow(ForbiddenError);
      await expect(resendInvitation(actors[role], { invitationId })).rejects.toThrow(ForbiddenError);
      await expect(revokeInvitation(actors[role], { invitationId })).rejects.toThrow(ForbiddenError);
      expect(await snapshot(workspace.id, email)).toEqual(before);
    },
  );

  it("another workspace's admin gets 404 for this workspace's invitation, and nothing changes", async () => {
    const a = await createWorkspaceWithMembers();
    const b = await createWorkspaceWithMembers();
    const email = uniqueEmail("scoped");
    const { invitationId } = await inviteAndReadToken(a.actors.ADMIN, { email });
    const before = await snapshot(a.workspace.id, email);
    await expect(findInvitation(b.actors.ADMIN, invitationId)).rejects.toThrow(NotFoundError);
    await expect(resendInvitation(b.actors.ADMIN, { invitationId })).rejects.toThrow(NotFoundError);
    await expect(revokeInvitation(b.actors.ADMIN, { invitationId })).rejects.toThrow(NotFoundError);
    expect(await findInvitations(b.actors.ADMIN)).toMatchObject({ items: [], total: 0 });
    expect(await snapshot(a.workspace.id, email)).toEqual(before);
  });
});
