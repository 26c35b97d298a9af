import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { startSession } from "@/lib/auth/sessions/start-session";
import { findActiveSession } from "@/lib/auth/sessions/find-active-session";
import { endSession } from "@/lib/auth/sessions/revoke-sessions";
import { changePassword } from "@/lib/users/change-password";
import { listMySessions } from "@/lib/users/list-my-sessions";
import { signOutSession } from "@/lib/users/sign-out-session";
import { signOutEverywhere } from "@/lib/users/sign-out-everywhere";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createUser } from "@/prisma/factories";
import { MAX_ACTIVE_SESSIONS } from "@/lib/auth/sessions/session-policy";

const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "a brand new passphrase";

async function signedIn(userId: string, userAgent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0") {
  const sessionId = await startSession({ userId, method: "password", userAgent, ipAddress: "203.0.113.5" });
  return { id: userId, sessionId };
}
const revokedIds = async (userId: string) =>
  (await db.userSession.findMany({ where: { userId, revokedAt: { not: null } }, select: { id: true } }))
    .map((s) => s.id)
    .sort();
const auditActions = async (userId: string) =>
  (await db.auditEvent.findMany({ where: { entityId: userId }, orderBy: { createdAt: "asc" } })).map((e) => e.action);

describe("server-side sessions", () => {
  it("an active session finds its user (with the password flag) in one query; a signed-out, expired or orphaned one finds nothing", async () => {
    const user = await createUser({ password: PASSWORD });
    const me = await signedIn(user.id);
    expect(await findActiveSession(me.sessionId)).toEqual({
      sessionId: me.sessionId,
      userId: user.id,
      email: user.email,
      name: user.name,
      mustChangePassword: false,
      timeZone: null,
      locale: null,
    });

    await endSession(me.sessionId);
    expect(await findActiveSession(me.sessionId)).toBeNull();

    const expired = await signedIn(user.id);
    await db.userSession.update({ where: { id: expired.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findActiveSession(expired.sessionId)).toBeNull();

    const orphan = await signedIn(user.id);
    await db.user.delete({ where: { id: user.id } });
    expect(await findActiveSession(orphan.sessionId)).toBeNull();
    expect(await findActiveSession("no-such-session")).toBeNull();
  });

  it("lastSeenAt is written at most every 5 minutes", async () => {
    const user = await createUser();
    const me = await signedIn(user.id);
    const fresh = await db.userSession.findUniqueOrThrow({ where: { id: me.sessionId } });
    await findActiveSession(me.sessionId);
    await new Promise((r) => setTimeout(r, 200));
    expect((await db.userSession.findUniqueOrThrow({ where: { id: me.sessionId } })).lastSeenAt).toEqual(
      fresh.lastSeenAt,
    );

    const sixMinutesAgo = new Date(Date.now() - 6 * 60_000);
    await db.userSession.update({ where: { id: me.sessionId }, data: { lastSeenAt: sixMinutesAgo } });
    await findActiveSession(me.sessionId);
    await expect
      .poll(async () => (await db.userSession.findUniqueOrThrow({ where: { id: me.sessionId } })).lastSeenAt.getTime())
      .toBeGreaterThan(Date.now() - 10_000);
  });

  it("lists the account's active sessions, this one first and marked, without others' sessions", async () => {
    const user = await createUser();
    const older = await signedIn(user.id, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1");
    const me = await signedIn(user.id);
    const ended = await signedIn(user.id);
    await endSession(ended.sessionId);
    await signedIn((await createUser()).id);

    const list = await listMySessions(me);
    expect(list.map((s) => [s.id, s.current])).toEqual([
      [me.sessionId, true],
      [older.sessionId, false],
    ]);
    expect(list[0]).toMatchObject({
      method: "password",
      ipAddress: "203.0.113.5",
      userAgent: expect.stringContaining("Firefox"),
    });
  });

  it("signs out one of my sessions; another person's session is not found and stays", async () => {
    const user = await createUser();
    const me = await signedIn(user.id);
    const laptop = await signedIn(user.id);
    await signOutSession(me, { sessionId: laptop.sessionId });
    expect(await findActiveSession(laptop.sessionId)).toBeNull();
    expect(await findActiveSession(me.sessionId)).not.toBeNull();
    expect(await auditActions(user.id)).toEqual([]); // the event names the session
    expect(
      await db.auditEvent.count({
        where: { entityId: laptop.sessionId, action: "user.session_revoked", actorId: user.id },
      }),
    ).toBe(1);

    const stranger = await signedIn((await createUser()).id);
    // other test files write audit events at the same time: count only what this attempt could have written
    const mine = { OR: [{ actorId: user.id }, { entityId: stranger.sessionId }] };
    const auditBefore = await db.auditEvent.count({ where: mine });
    await expect(signOutSession(me, { sessionId: stranger.sessionId })).rejects.toBeInstanceOf(NotFoundError);
    expect(await findActiveSession(stranger.sessionId)).not.toBeNull();
    expect(await db.auditEvent.count({ where: mine })).toBe(auditBefore);
  });

  it("'sign out other sessions' keeps this one; 'sign out everywhere' ends all, this one too", async () => {
    const user = await createUser();
    const me = await signedIn(user.id);
    const phone = await signedIn(user.id);
    const bystander = await signedIn((await createUser()).id);

    expect(await signOutEverywhere(me, { keepCurrent: true })).toBe(1);
    expect(await revokedIds(user.id)).toEqual([phone.sessionId]);
    expect(await findActiveSession(me.sessionId)).not.toBeNull();

    const tablet = await signedIn(user.id);
    expect(await signOutEverywhere(me, { keepCurrent: false })).toBe(2);
    expect(await revokedIds(user.id)).toEqual([me.sessionId, phone.sessionId, tablet.sessionId].sort());
    expect(await findActiveSession(bystander.sessionId)).not.toBeNull();
    expect(await auditActions(user.id)).toEqual(["user.signed_out_other_sessions", "user.signed_out_everywhere"]);
  });
});

describe("changePassword", () => {
  it("ends every other session of the account, keeps this one, and clears a temporary password's flag", async () => {
    const user = await createUser({ password: PASSWORD });
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const me = await signedIn(user.id);
    const elsewhere = await signedIn(user.id);

    expect(
      await changePassword(me, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    ).toEqual({ otherSessionsEnded: 1 });
    expect(await findActiveSession(elsewhere.sessionId)).toBeNull();
    expect(await findActiveSession(me.sessionId)).toMatchObject({ mustChangePassword: false });
    expect(await verifyCredentials(user.email, NEW_PASSWORD, { address: null, deviceCookie: null })).toMatchObject({
      ok: true,
    });
    expect(await auditActions(user.id)).toEqual(["user.password_changed"]);
  });

  it("with a wrong current password changes nothing and ends no session", async () => {
    const user = await createUser({ password: PASSWORD });
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const me = await signedIn(user.id);
    const elsewhere = await signedIn(user.id);
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });

    await expect(
      changePassword(me, { currentPassword: "not it", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    ).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["The current password is not correct."] },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
    expect(await findActiveSession(elsewhere.sessionId)).not.toBeNull();
    expect(await auditActions(user.id)).toEqual([]);
  });

  it("an account has at most MAX_ACTIVE_SESSIONS: one more sign-in ends the one seen least recently, and the list shows every one", async () => {
    const user = await createUser();
    const other = await createUser();
    const theirs = await signedIn(other.id);
    const sessions: string[] = [];
    for (let i = 0; i < MAX_ACTIVE_SESSIONS; i++) sessions.push((await signedIn(user.id)).sessionId);
    // the first one signed in was used a moment ago; the second is the one unused longest
    const base = Date.parse("2025-03-01T08:00:00Z");
    for (const [i, id] of sessions.entries())
      await db.userSession.update({ where: { id }, data: { lastSeenAt: new Date(base + i * 60_000) } });
    await db.userSession.update({ where: { id: sessions[0]! }, data: { lastSeenAt: new Date() } });
    const oneMore = await signedIn(user.id);
    const expired = await signedIn(user.id);
    await db.userSession.update({ where: { id: expired.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const last = await signedIn(user.id);

    expect(await revokedIds(user.id)).toEqual([sessions[1]!, sessions[2]!].sort());
    const audited = await db.auditEvent.findMany({
      where: { actorId: user.id, action: "user.session_revoked" },
      select: { entityId: true, after: true },
    });
    expect(audited.map((e) => e.entityId).sort()).toEqual([sessions[1]!, sessions[2]!].sort());
    expect(audited.every((e) => (e.after as { reason?: string }).reason === "session_limit")).toBe(true);
    const listed = await listMySessions(last);
    expect(listed).toHaveLength(MAX_ACTIVE_SESSIONS);
    expect(listed.map((s) => s.id).sort()).toEqual(
      [...sessions.slice(3), sessions[0]!, oneMore.sessionId, last.sessionId].sort(),
    );
    expect(await findActiveSession(theirs.sessionId)).not.toBeNull();
  });

  it("sign-ins at once keep the limit too", async () => {
    const user = await createUser();
    for (let i = 0; i < MAX_ACTIVE_SESSIONS - 1; i++) await signedIn(user.id);
    await Promise.all([signedIn(user.id), signedIn(user.id), signedIn(user.id)]);
    expect(
      await db.userSession.count({ where: { userId: user.id, revokedAt: null, expiresAt: { gt: new Date() } } }),
    ).toBe(MAX_ACTIVE_SESSIONS);
  });
});
