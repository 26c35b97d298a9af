import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { newOneTimeToken, hashOneTimeToken } from "@/lib/auth/one-time-token";
import { startSession } from "@/lib/auth/sessions/start-session";
import { findActiveSession } from "@/lib/auth/sessions/find-active-session";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { DEAD_PASSWORD_LINK, resetPassword } from "@/lib/users/reset-password";
import { findPasswordLink } from "@/lib/users/find-password-link";
import { createUser, uniqueEmail } from "@/prisma/factories";
import { startMailCatcher, type MailCatcher } from "@/test/support/mail-catcher";

const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "a brand new passphrase";
const origin = () => ({ address: `192.0.2.${Math.floor(Math.random() * 250)}`, deviceCookie: null });
const newPassword = (token: string) => ({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
const tokenOf = (link: string) => link.split("/reset-password/")[1]!;

let catcher: MailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher();
  process.env.SMTP_URL = catcher.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await catcher.stop();
});

describe("password reset by email", () => {
  it("mails a 1-hour single-use link; setting the password ends every session, clears the temporary flag, and is audited", async () => {
    const user = await createUser({ password: PASSWORD });
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const sessions = await Promise.all(
      [1, 2].map(() => startSession({ userId: user.id, method: "password", userAgent: null, ipAddress: null })),
    );
    const asked = new Date();

    await requestPasswordReset({ email: user.email.toUpperCase() }, origin());
    const mail = await catcher.waitForMail(user.email, { subject: /Reset your Factdesk password/, after: asked });
    const token = tokenOf(catcher.linkIn(mail, "/reset-password/"));
    const row = await db.passwordToken.findUniqueOrThrow({ where: { tokenHash: hashOneTimeToken(token) } });
    expect(row).toMatchObject({ userId: user.id, purpose: "RESET", usedAt: null });
    expect(Math.abs(row.expiresAt.getTime() - row.createdAt.getTime() - 60 * 60 * 1000)).toBeLessThan(5_000);
    expect(await findPasswordLink(token)).toEqual({ purpose: "RESET", email: user.email });

    expect(await resetPassword(newPassword(token))).toEqual({ email: user.email });
    for (const sessionId of sessions) expect(await findActiveSession(sessionId)).toBeNull();
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      mustChangePassword: false,
      emailVerified: expect.any(Date),
    });
    expect(await verifyCredentials(user.email, NEW_PASSWORD, origin())).toMatchObject({ ok: true });
    const events = await db.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["user.password_reset_requested", null],
      ["user.password_reset", user.id],
    ]);

    // single use: the second submit changes nothing
    await expect(
      resetPassword({
        ...newPassword(token),
        newPassword: "yet another password",
        confirmPassword: "yet another password",
      }),
    ).rejects.toThrow(DEAD_PASSWORD_LINK);
    expect(await findPasswordLink(token)).toBeNull();
    expect(await verifyCredentials(user.email, NEW_PASSWORD, origin())).toMatchObject({ ok: true });
  });

  it("answers the same for an unknown address and makes no link", async () => {
    const email = uniqueEmail("nobody");
    const tokensBefore = await db.passwordToken.count();
    await expect(requestPasswordReset({ email }, origin())).resolves.toBeUndefined();
    expect(await db.passwordToken.count()).toBe(tokensBefore);
    await new Promise((r) => setTimeout(r, 300));
    expect(catcher.messages.filter((m) => m.to.includes(email))).toEqual([]);
  });

  it("a new request kills the earlier unused link", async () => {
    const user = await createUser({ password: PASSWORD });
    const first = new Date();
    await requestPasswordReset({ email: user.email }, origin());
    const older = tokenOf(catcher.linkIn(await catcher.waitForMail(user.email, { after: first }), "/reset-password/"));
    const second = new Date();
    await requestPasswordReset({ email: user.email }, origin());
    const newer = tokenOf(catcher.linkIn(await catcher.waitForMail(user.email, { after: second }), "/reset-password/"));
    expect(newer).not.toBe(older);
    await expect(resetPassword(newPassword(older))).rejects.toThrow(DEAD_PASSWORD_LINK);
    await resetPassword(newPassword(newer));
  });

  it("an expired link, an unknown one and a first-admin link set nothing", async () => {
    const user = await createUser({ password: PASSWORD });
    const expired = newOneTimeToken();
    await db.passwordToken.create({
      data: { userId: user.id, purpose: "RESET", tokenHash: expired.tokenHash, expiresAt: new Date(Date.now() - 1000) },
    });
    const firstAdmin = newOneTimeToken();
    await db.passwordToken.create({
      data: {
        userId: user.id,
        purpose: "FIRST_ADMIN",
        tokenHash: firstAdmin.tokenHash,
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    for (const token of [expired.token, firstAdmin.token, newOneTimeToken().token]) {
      await expect(resetPassword(newPassword(token))).rejects.toThrow(DEAD_PASSWORD_LINK);
      expect(await findPasswordLink(token)).toBeNull();
    }
    expect(await verifyCredentials(user.email, PASSWORD, origin())).toMatchObject({ ok: true });
  });

  it("an account-setup link (npm run admin -- create-user) sets the first password", async () => {
    const user = await createUser();
    const setup = newOneTimeToken();
    await db.passwordToken.create({
      data: {
        userId: user.id,
        purpose: "ACCOUNT_SETUP",
        tokenHash: setup.tokenHash,
        expiresAt: new Date(Date.now() + 7 * 86_400_000),
      },
    });
    expect(await findPasswordLink(setup.token)).toEqual({ purpose: "ACCOUNT_SETUP", email: user.email });
    await resetPassword(newPassword(setup.token));
    expect(await verifyCredentials(user.email, NEW_PASSWORD, origin())).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.password_set" } })).toBe(1);
  });

  it("an SSO-only account gets a normal link, and the mail says it signs in with SSO", async () => {
    const user = await createUser();
    const asked = new Date();
    await requestPasswordReset({ email: user.email }, origin());
    const mail = await catcher.waitForMail(user.email, { after: asked });
    expect(mail.text).toContain("signs in with single sign-on");
    expect(catcher.linkIn(mail, "/reset-password/")).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}$/);
  });

  it("is written in the account's language: Ukrainian for a person who chose it, English otherwise", async () => {
    const ukrainian = await createUser({ password: PASSWORD });
    await db.user.update({ where: { id: ukrainian.id }, data: { locale: "uk" } });
    const english = await createUser({ password: PASSWORD });
    const asked = new Date();
    await requestPasswordReset({ email: ukrainian.email }, origin());
    await requestPasswordReset({ email: english.email }, origin());

    const uk = await catcher.waitForMail(ukrainian.email, { after: asked });
    expect(uk.subject).toBe("Скидання пароля до Factdesk");
    expect(uk.text).toContain("Оберіть новий пароль тут (посилання спрацює один раз і діє 1 годину):");
    expect(uk.text).toContain("на всіх пристроях");
    expect(catcher.linkIn(uk, "/reset-password/")).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}$/);

    const en = await catcher.waitForMail(english.email, { after: asked });
    expect(en.subject).toBe("Reset your Factdesk password");
    expect(en.text.replace(/https?:\/\/\S+/, "<link>").trim()).toBe(
      [
        "Someone (we hope you) asked to reset the password of your Factdesk account.",
        "",
        "Choose a new password here (the link works once, for 1 hour):",
        "<link>",
        "",
        "Setting a new password signs your account out on every device.",
        "",
        "If you did not ask for this, ignore this mail: your password stays as it is.",
      ].join("\n"),
    );
  });

  it("is throttled per account and client like sign-in: 3 requests, then a wait", async () => {
    const user = await createUser({ password: PASSWORD });
    const from = origin();
    for (let i = 0; i < 3; i++) await requestPasswordReset({ email: user.email }, from);
    const tokensBefore = await db.passwordToken.count({ where: { userId: user.id } });
    await expect(requestPasswordReset({ email: user.email }, from)).rejects.toThrow(
      /Too many reset requests from here. Try again in 1 s/,
    );
    expect(await db.passwordToken.count({ where: { userId: user.id } })).toBe(tokensBefore);
    // the same wait for an address without an account, so it reveals nothing
    const nobody = uniqueEmail("nobody");
    for (let i = 0; i < 3; i++) await requestPasswordReset({ email: nobody }, from);
    await expect(requestPasswordReset({ email: nobody }, from)).rejects.toThrow(/Try again in 1 s/);
  });
});
