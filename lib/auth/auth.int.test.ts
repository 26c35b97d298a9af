import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { linkSsoAccount } from "@/lib/auth/link-sso-account";
import { verifyCredentials, type SignInOrigin } from "@/lib/auth/verify-credentials";
import { signInOriginOf } from "@/lib/auth/sign-in-origin";
import { createUser, uniqueEmail, uniqueSuffix } from "@/prisma/factories";

const PASSWORD = "correct horse battery";
/** A client address no other test uses (nothing is sent to it). */
const uniqueAddress = () => `198.51.${randomInt(256)}.${randomInt(256)}`;
const from = (address: string | null, deviceCookie: string | null = null): SignInOrigin => ({ address, deviceCookie });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function failTimes(n: number, email: string, origin: SignInOrigin): Promise<void> {
  for (let i = 0; i < n; i++)
    expect(await verifyCredentials(email, "wrong password", origin)).toEqual({ ok: false, reason: "invalid" });
}

describe("verifyCredentials", () => {
  it("runs with the default limits", () => {
    expect(env()).toMatchObject({
      TRUSTED_PROXY_HOPS: 0,
      SIGNIN_FREE_FAILURES: 3,
      SIGNIN_MAX_DELAY_SECONDS: 900,
      SIGNIN_ADDRESS_MAX_FAILURES: 100,
    });
  });

  it("accepts the right password, whatever the email's case and spacing, and hands out a device cookie", async () => {
    const user = await createUser({ password: PASSWORD });
    const result = await verifyCredentials(`  ${user.email.toUpperCase()} `, PASSWORD, from(uniqueAddress()));
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: user.name },
      deviceCookie: expect.any(String),
    });
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await createUser({ password: PASSWORD });
    const wrongPassword = await verifyCredentials(user.email, "not the password", from(uniqueAddress()));
    const unknownEmail = await verifyCredentials(uniqueEmail("nobody"), PASSWORD, from(uniqueAddress()));
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("refuses an SSO-only account (no password) like a wrong password", async () => {
    const user = await createUser();
    expect(await verifyCredentials(user.email, "", from(null))).toEqual({ ok: false, reason: "invalid" });
  });

  it("(a) after 3 failures the account + address waits 1 s, then 2 s, before the next attempt is even checked", async () => {
    const user = await createUser({ password: PASSWORD });
    const address = uniqueAddress();
    await failTimes(3, user.email, from(address));
    // the right password does not skip the wait
    expect(await verifyCredentials(user.email, PASSWORD, from(address))).toEqual({
      ok: false,
      reason: "rate_limited",
      retryAfterSeconds: 1,
    });
    await sleep(1_100);
    await failTimes(1, user.email, from(address));
    expect(await verifyCredentials(user.email, "wrong password", from(address))).toEqual({
      ok: false,
      reason: "rate_limited",
      retryAfterSeconds: 2,
    });
    await sleep(2_100);
    expect(await verifyCredentials(user.email, PASSWORD, from(address))).toMatchObject({ ok: true });
  });

  it("2 failures are not yet a wait, and a success clears the pair's count", async () => {
    const user = await createUser({ password: PASSWORD });
    const address = uniqueAddress();
    await failTimes(2, user.email, from(address));
    expect(await verifyCredentials(user.email, PASSWORD, from(address))).toMatchObject({ ok: true });
    await failTimes(2, user.email, from(address)); // 4 in a row without the reset
    expect(await verifyCredentials(user.email, PASSWORD, from(address))).toMatchObject({ ok: true });
  });

  it("(c) the right password from a clean address is never refused for others' failures on the account", async () => {
    const user = await createUser({ password: PASSWORD });
    const attacker = uniqueAddress();
    await failTimes(3, user.email, from(attacker));
    expect(await verifyCredentials(user.email, PASSWORD, from(attacker))).toMatchObject({ reason: "rate_limited" });
    expect(await verifyCredentials(user.email, PASSWORD, from(uniqueAddress()))).toMatchObject({
      ok: true,
      user: { id: user.id },
    });
  });

  it("without a trusted address, a browser that signed in before keeps its own counter (device cookie)", async () => {
    const user = await createUser({ password: PASSWORD });
    const signedIn = await verifyCredentials(user.email, PASSWORD, from(null));
    if (!signedIn.ok) throw new Error("the first sign-in should succeed");
    await failTimes(3, user.email, from(null)); // an attacker without an address or a cookie
    expect(await verifyCredentials(user.email, PASSWORD, from(null))).toMatchObject({ reason: "rate_limited" });
    expect(await verifyCredentials(user.email, PASSWORD, from(null, signedIn.deviceCookie))).toMatchObject({
      ok: true,
    });
    // a cookie of another account is no way around the wait
    const other = await createUser({ password: PASSWORD });
    const otherCookie = await verifyCredentials(other.email, PASSWORD, from(null));
    expect(
      await verifyCredentials(user.email, PASSWORD, from(null, otherCookie.ok ? otherCookie.deviceCookie : null)),
    ).toMatchObject({ reason: "rate_limited" });
  });

  it("with TRUSTED_PROXY_HOPS=0 a forged X-Forwarded-For gives no fresh counters", async () => {
    const user = await createUser({ password: PASSWORD });
    for (const forged of ["203.0.113.1", "203.0.113.2", "203.0.113.3"]) {
      expect(
        await verifyCredentials(user.email, "wrong password", signInOriginOf({ "x-forwarded-for": forged }, 0)),
      ).toEqual({ ok: false, reason: "invalid" });
    }
    const fourth = signInOriginOf({ "x-forwarded-for": "203.0.113.4" }, 0);
    expect(fourth.address).toBeNull();
    expect(await verifyCredentials(user.email, "wrong password", fourth)).toMatchObject({ reason: "rate_limited" });
  });

  it("with one trusted proxy, the address the proxy appended is the one counted", async () => {
    const user = await createUser({ password: PASSWORD });
    const real = uniqueAddress();
    for (const forged of ["203.0.113.1", "203.0.113.2", "203.0.113.3"]) {
      await failTimes(1, user.email, signInOriginOf({ "x-forwarded-for": `${forged}, ${real}` }, 1));
    }
    expect(
      await verifyCredentials(user.email, PASSWORD, signInOriginOf({ "x-forwarded-for": `203.0.113.9, ${real}` }, 1)),
    ).toMatchObject({ reason: "rate_limited" });
  });
});

describe("linkSsoAccount", () => {
  const identity = (email: string) => ({
    provider: "newsroom-sso",
    providerAccountId: `sub-${uniqueSuffix()}`,
    email,
    name: "Sam Sso",
  });

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
    expect(await verifyCredentials(existing.email, PASSWORD, from(null))).toMatchObject({ ok: true });
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
