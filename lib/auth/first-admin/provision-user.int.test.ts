import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { hashOneTimeToken } from "@/lib/auth/one-time-token";
import { nameFromSlug, provisionUser } from "@/lib/auth/first-admin/provision-user";
import { startMailCatcher, type MailCatcher } from "@/test/support/mail-catcher";
import { createUser, createWorkspaceWithMembers, uniqueEmail, uniqueSuffix } from "@/prisma/factories";

let catcher: MailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await catcher.stop();
});

const tokenOf = (link: string) => new URL(link).pathname.split("/reset-password/")[1]!;

describe("npm run admin -- create-user", () => {
  it("on a new workspace slug: the workspace, a passwordless account, an ADMIN membership and a 7-day setup link, printed and not mailed without SMTP", async () => {
    delete process.env.SMTP_URL;
    const email = uniqueEmail("cli");
    const slug = `night-desk-${uniqueSuffix()}`;
    const result = await provisionUser({ email, workspace: slug, name: "Nell Night" });

    expect(result).toMatchObject({
      createdUser: true,
      createdWorkspace: true,
      addedMembership: true,
      role: "ADMIN",
      mailed: false,
    });
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug }, include: { ratingScale: true } });
    expect(workspace).toMatchObject({
      id: result.workspaceId,
      name: nameFromSlug(slug),
      organisationName: nameFromSlug(slug),
    });
    expect(workspace.ratingScale).not.toBeNull();
    expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({
      id: result.userId,
      name: "Nell Night",
      passwordHash: null,
    });
    expect(
      await db.membership.findFirst({ where: { workspaceId: workspace.id, userId: result.userId } }),
    ).toMatchObject({ role: "ADMIN" });

    expect(result.setupLink).toMatch(/^http:\/\/localhost:\d+\/reset-password\/[A-Za-z0-9_-]{43}$/);
    const link = await db.passwordToken.findUniqueOrThrow({
      where: { tokenHash: hashOneTimeToken(tokenOf(result.setupLink!)) },
    });
    expect(link).toMatchObject({ userId: result.userId, purpose: "ACCOUNT_SETUP", usedAt: null });
    expect(Math.round((link.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(7);
    expect(await db.emailMessage.count({ where: { to: email } })).toBe(0);
    const actions = (
      await db.auditEvent.findMany({ where: { OR: [{ workspaceId: workspace.id }, { entityId: result.userId }] } })
    ).map((e) => [e.action, e.actorId]);
    expect(actions.sort()).toEqual([
      ["member.added_by_command", null],
      ["user.created_by_command", null],
      ["workspace.created", null],
    ]);
  });

  it("with SMTP_URL the link is also emailed; running it again replaces the earlier link", async () => {
    process.env.SMTP_URL = catcher.url;
    const { workspace } = await createWorkspaceWithMembers({ name: "Metro desk" });
    const email = uniqueEmail("mailed");
    const first = await provisionUser({ email, workspace: workspace.slug, role: "REVIEWER" });
    expect(first).toMatchObject({ createdWorkspace: false, createdUser: true, role: "REVIEWER", mailed: true });
    const mail = await catcher.waitForMail(email);
    expect(mail.subject).toBe("Your Factdesk account for Metro desk");
    expect(mail.text).toContain("as Reviewer");
    expect(catcher.linkIn(mail, "/reset-password/")).toBe(first.setupLink);

    const second = await provisionUser({ email, workspace: workspace.slug, role: "VIEWER" });
    expect(second).toMatchObject({ createdUser: false, addedMembership: false, role: "REVIEWER" });
    expect(
      await db.passwordToken.findMany({
        where: { userId: first.userId, purpose: "ACCOUNT_SETUP" },
        select: { tokenHash: true },
      }),
    ).toEqual([{ tokenHash: hashOneTimeToken(tokenOf(second.setupLink!)) }]);
  });

  it("the setup mail is in the language a passwordless account's owner chose; a new account's is English, worded as it always was", async () => {
    process.env.SMTP_URL = catcher.url;
    const { workspace } = await createWorkspaceWithMembers({ name: "Metro desk" });
    const ukrainian = await createUser();
    await db.user.update({ where: { id: ukrainian.id }, data: { locale: "uk" } });
    const asked = new Date();
    const result = await provisionUser({ email: ukrainian.email, workspace: workspace.slug, role: "EDITOR" });
    const uk = await catcher.waitForMail(ukrainian.email, { after: asked });
    expect(uk.subject).toBe("Ваш обліковий запис Factdesk для «Metro desk»");
    expect(uk.text).toContain("з роллю «Редактор» у робочому просторі «Metro desk»");
    expect(catcher.linkIn(uk, "/reset-password/")).toBe(result.setupLink);

    const email = uniqueEmail("english");
    const created = await provisionUser({ email, workspace: workspace.slug, role: "VIEWER" });
    const en = await catcher.waitForMail(email, { after: asked });
    const { expiresAt } = await db.passwordToken.findFirstOrThrow({
      where: { userId: created.userId, purpose: "ACCOUNT_SETUP" },
    });
    expect(en.text.trim()).toBe(
      [
        `An account on Factdesk was made for ${email}, as Viewer of "Metro desk".`,
        "",
        `Choose your password: ${created.setupLink}`,
        "",
        `The link works once and until ${expiresAt.toUTCString()}.`,
      ].join("\n"),
    );
  });

  it("an account with its own password joins without any link, its password untouched", async () => {
    delete process.env.SMTP_URL;
    const { workspace } = await createWorkspaceWithMembers();
    const existing = await createUser({ password: "their own password" });
    const before = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    const result = await provisionUser({ email: existing.email, workspace: workspace.slug, role: "EDITOR" });
    expect(result).toMatchObject({ createdUser: false, addedMembership: true, role: "EDITOR", setupLink: null });
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(before);
    expect(await db.passwordToken.count({ where: { userId: existing.id } })).toBe(0);
  });

  it("refuses a bad email, slug or role, writing nothing", async () => {
    const slug = `bad-${uniqueSuffix()}`;
    for (const input of [
      { email: "not-an-email", workspace: slug },
      { email: uniqueEmail("x"), workspace: "Not A Slug" },
      { email: uniqueEmail("x"), workspace: slug, role: "OWNER" as "ADMIN" },
    ]) {
      await expect(provisionUser(input)).rejects.toThrow(ZodError);
    }
    expect(await db.workspace.count({ where: { slug } })).toBe(0);
  });
});
