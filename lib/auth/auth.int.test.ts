import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { linkSsoAccount } from "@/lib/auth/link-sso-account";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createUser, uniqueEmail, uniqueSuffix } from "@/prisma/factories";

const PASSWORD = "correct horse battery";
/** A client address no other test uses (a string in the database only; nothing is sent to it). */
const uniqueIp = () => `198.51.${randomInt(256)}.${randomInt(256)}-${uniqueSuffix()}`;

async function failTimes(n: number, email: string, ip: string | null): Promise<void> {
  for (let i = 0; i < n; i++) expect(await verifyCredentials(email, "wrong password", ip)).toEqual({ ok: false, reason: "invalid" });
}

describe("verifyCredentials", () => {
  it("runs with the default limits (5 failures in 15 minutes)", () => {
    expect(env()).toMatchObject({ SIGNIN_MAX_FAILURES: 5, SIGNIN_WINDOW_MINUTES: 15 });
  });

  it("accepts the right password, whatever the email's case and spacing", async () => {
    const user = await createUser({ password: PASSWORD });
    expect(await verifyCredentials(`  ${user.email.toUpperCase()} `, PASSWORD, uniqueIp())).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: user.name },
    });
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await createUser({ password: PASSWORD });
    const wrongPassword = await verifyCredentials(user.email, "not the password", uniqueIp());
    const unknownEmail = await verifyCredentials(uniqueEmail("nobody"), PASSWORD, uniqueIp());
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("refuses an SSO-only account (no password) like a wrong password", async () => {
    const user = await createUser();
    expect(await verifyCredentials(user.email, "", null)).toEqual({ ok: false, reason: "invalid" });
  });

  it("after 5 failures on an account, even the right password is rate limited, from any IP", async () => {
    const user = await createUser({ password: PASSWORD });
    await failTimes(4, user.email, uniqueIp());
    await failTimes(1, user.email, uniqueIp());
    expect(await verifyCredentials(user.email, PASSWORD, uniqueIp())).toEqual({ ok: false, reason: "rate_limited", retryAfterMinutes: 15 });
    expect(await verifyCredentials(user.email, PASSWORD, null)).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("4 failures are not yet a lock", async () => {
    const user = await createUser({ password: PASSWORD });
    await failTimes(4, user.email, null);
    expect(await verifyCredentials(user.email, PASSWORD, null)).toMatchObject({ ok: true });
  });

  it("failures spread over different unknown emails from one IP lock that IP, not others", async () => {
    const user = await createUser({ password: PASSWORD });
    const attacker = uniqueIp();
    for (let i = 0; i < 5; i++) await failTimes(1, uniqueEmail("probe"), attacker);

    expect(await verifyCredentials(user.email, PASSWORD, attacker)).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await verifyCredentials(user.email, PASSWORD, uniqueIp())).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("a successful sign-in clears the account's counter", async () => {
    const user = await createUser({ password: PASSWORD });
    await failTimes(4, user.email, null);
    expect(await verifyCredentials(user.email, PASSWORD, null)).toMatchObject({ ok: true });
    await failTimes(4, user.email, null); // 8 in the window without the reset
    expect(await verifyCredentials(user.email, PASSWORD, null)).toMatchObject({ ok: true });
  });

  it("failures older than the window no longer count", async () => {
    const user = await createUser({ password: PASSWORD });
    const longAgo = new Date(Date.now() - 16 * 60_000);
    await db.signInFailure.createMany({ data: Array.from({ length: 5 }, () => ({ key: `email:${user.email}`, createdAt: longAgo })) });
    expect(await verifyCredentials(user.email, PASSWORD, null)).toMatchObject({ ok: true });
  });
});

describe("linkSsoAccount", () => {
  const identity = (email: string) => ({ provider: "newsroom-sso", providerAccountId: `sub-${uniqueSuffix()}`, email, name: "Sam Sso" });

  it("creates a verified user without password or workspace for a new email, and audits both steps", async () => {
    const email = uniqueEmail("sso");
    const { id } = await linkSsoAccount(identity(email.toUpperCase()));

    const user = await db.user.findUniqueOrThrow({ where: { id }, include: { accounts: true, memberships: true } });
    expect(user).toMatchObject({ email, name: "Sam Sso", passwordHash: null, memberships: [] });
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(user.accounts).toHaveLength(1);
    const events = await db.auditEvent.findMany({ where: { entityId: id } });
    expect(events.map((e) => [e.action, e.actorId, e.workspaceId]).sort()).toEqual([
      ["user.created_by_sso", id, null],
      ["user.sso_linked", id, null],
    ]);
  });

  it("links to the existing user with that email, keeping their password", async () => {
    const existing = await createUser({ password: PASSWORD });
    const { id } = await linkSsoAccount(identity(existing.email));

    expect(id).toBe(existing.id);
    expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
    expect(await verifyCredentials(existing.email, PASSWORD, null)).toMatchObject({ ok: true });
    const events = await db.auditEvent.findMany({ where: { entityId: id } });
    expect(events.map((e) => e.action)).toEqual(["user.sso_linked"]);
  });

  it("returns the same user for the same provider account, without a second link or event", async () => {
    const sso = identity(uniqueEmail("again"));
    const first = await linkSsoAccount(sso);
    const second = await linkSsoAccount({ ...sso, email: uniqueEmail("changed") });

    expect(second).toEqual(first);
    expect(await db.account.count({ where: { userId: first.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: first.id } })).toBe(2);
  });
});
