import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { createUser } from "@/prisma/factories";
import { beginTwoFactorEnrolment } from "@/lib/auth/two-factor/begin-two-factor-enrolment";
import { confirmTwoFactorEnrolment } from "@/lib/auth/two-factor/confirm-two-factor-enrolment";
import { getTwoFactorStatus } from "@/lib/auth/two-factor/get-two-factor-status";
import { verifySecondFactor } from "@/lib/auth/two-factor/verify-second-factor";
import { regenerateRecoveryCodes } from "@/lib/auth/two-factor/regenerate-recovery-codes";
import { disableTwoFactor } from "@/lib/auth/two-factor/disable-two-factor";
import { totpCodeAt } from "@/lib/auth/two-factor/totp";

const PASSWORD = "correct horse battery";
const STEP = 30_000;

beforeAll(() => {
  // the secret box's key comes from NEXTAUTH_SECRET (read lazily by lib/env.ts)
  process.env.NEXTAUTH_SECRET ??= "integration tests' NEXTAUTH_SECRET";
});

async function auditActions(userId: string): Promise<string[]> {
  const rows = await db.auditEvent.findMany({
    where: { entityType: "User", entityId: userId },
    orderBy: { seq: "asc" },
    select: { action: true },
  });
  return rows.map((r) => r.action);
}

/** A user with two-factor on; `now` is a moment whose step was used by the confirmation. */
async function enrolledUser() {
  const user = await createUser({ password: PASSWORD });
  await beginTwoFactorEnrolment(user.id);
  const secret = (await getTwoFactorStatus(user.id)).pending!.secret;
  const now = Date.now();
  const { recoveryCodes } = await confirmTwoFactorEnrolment(user.id, { code: totpCodeAt(secret, now) }, now);
  return { user, secret, recoveryCodes, now };
}

describe("setting up two-factor sign-in", () => {
  it("keeps a pending secret (encrypted) with a QR code until a right code confirms it, then turns on with 10 recovery codes", async () => {
    const user = await createUser({ password: PASSWORD });
    await beginTwoFactorEnrolment(user.id);
    const status = await getTwoFactorStatus(user.id);
    expect(status).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
    const { secret, otpauthUri, qrCodeDataUrl } = status.pending!;
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const row = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { totpPendingSecret: true, totpSecret: true },
    });
    expect(row.totpPendingSecret).not.toContain(secret);
    expect(row.totpSecret).toBeNull();

    // a second click shows the same secret (the person may have scanned it already)
    await beginTwoFactorEnrolment(user.id);
    expect((await getTwoFactorStatus(user.id)).pending!.secret).toBe(secret);

    const now = Date.now();
    await expect(confirmTwoFactorEnrolment(user.id, { code: totpCodeAt(secret, now - 3 * STEP) }, now)).rejects.toThrow(
      InvalidInputError,
    );
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabledAt: true } })).toEqual({
      totpEnabledAt: null,
    });

    const { recoveryCodes } = await confirmTwoFactorEnrolment(user.id, { code: totpCodeAt(secret, now) }, now);
    expect(recoveryCodes).toHaveLength(10);
    const after = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { totpPendingSecret: true, totpSecret: true, totpEnabledAt: true },
    });
    expect(after.totpPendingSecret).toBeNull();
    expect(after.totpSecret).not.toContain(secret);
    expect(after.totpEnabledAt).not.toBeNull();
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } });
    expect(stored).toHaveLength(10);
    for (const code of recoveryCodes) expect(stored.map((s) => s.codeHash)).not.toContain(code);
    expect(await getTwoFactorStatus(user.id)).toMatchObject({ enabled: true, pending: null, recoveryCodesLeft: 10 });
    expect(await auditActions(user.id)).toEqual(["user.two_factor_enabled"]);
    await expect(beginTwoFactorEnrolment(user.id)).rejects.toThrow(ConflictError);
  });
});

describe("the second factor", () => {
  it("takes each authenticator code once: the confirming code and a replayed one are refused, the next step's is taken", async () => {
    const { user, secret, now } = await enrolledUser();
    expect(await verifySecondFactor(user.id, totpCodeAt(secret, now), now)).toEqual({ ok: false });
    const later = now + STEP;
    expect(await verifySecondFactor(user.id, totpCodeAt(secret, later), later)).toEqual({ ok: true, method: "totp" });
    expect(await verifySecondFactor(user.id, totpCodeAt(secret, later), later)).toEqual({ ok: false });
    // an older step than the last one used is refused even within the window
    expect(await verifySecondFactor(user.id, totpCodeAt(secret, now), later)).toEqual({ ok: false });
  });

  it("lets only one of two simultaneous requests with the same code through", async () => {
    const { user, secret, now } = await enrolledUser();
    const later = now + 2 * STEP;
    const code = totpCodeAt(secret, later);
    const results = await Promise.all([
      verifySecondFactor(user.id, code, later),
      verifySecondFactor(user.id, code, later),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("takes each recovery code once, however it is typed, and says how many are left", async () => {
    const { user, recoveryCodes } = await enrolledUser();
    const [first, second] = recoveryCodes;
    expect(await verifySecondFactor(user.id, first!.toUpperCase().replace(/-/g, " "))).toEqual({
      ok: true,
      method: "recovery_code",
      recoveryCodesLeft: 9,
    });
    expect(await verifySecondFactor(user.id, first!)).toEqual({ ok: false });
    expect(await verifySecondFactor(user.id, second!)).toEqual({
      ok: true,
      method: "recovery_code",
      recoveryCodesLeft: 8,
    });
    expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(2);
    expect((await auditActions(user.id)).filter((a) => a === "user.recovery_code_used")).toHaveLength(2);
  });

  it("refuses another user's recovery code and any code for a user without two-factor", async () => {
    const a = await enrolledUser();
    const b = await enrolledUser();
    expect(await verifySecondFactor(b.user.id, a.recoveryCodes[0]!)).toEqual({ ok: false });
    const plain = await createUser({ password: PASSWORD });
    expect(await verifySecondFactor(plain.id, "123456")).toEqual({ ok: false });
  });
});

describe("recovery codes and turning two-factor off", () => {
  it("makes new recovery codes only for a current code; the old ones stop working", async () => {
    const { user, secret, recoveryCodes, now } = await enrolledUser();
    await expect(regenerateRecoveryCodes(user.id, { code: "000000" })).rejects.toThrow(InvalidInputError);
    expect(await verifySecondFactor(user.id, recoveryCodes[0]!)).toMatchObject({ ok: true });

    const fresh = await regenerateRecoveryCodes(user.id, {
      code: totpCodeAt(secret, Math.max(Date.now(), now + STEP)),
    });
    expect(fresh.recoveryCodes).toHaveLength(10);
    expect(await verifySecondFactor(user.id, recoveryCodes[1]!)).toEqual({ ok: false });
    expect(await verifySecondFactor(user.id, fresh.recoveryCodes[0]!)).toMatchObject({
      ok: true,
      recoveryCodesLeft: 9,
    });
    expect(await auditActions(user.id)).toContain("user.two_factor_recovery_codes_regenerated");
  });

  it("turns off only with the password and a code; a wrong password changes nothing and does not use up the code", async () => {
    const { user, recoveryCodes } = await enrolledUser();
    const before = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { totpSecret: true, totpEnabledAt: true },
    });

    await expect(
      disableTwoFactor(user.id, { password: "not the password", code: recoveryCodes[0]! }),
    ).rejects.toMatchObject({ fieldErrors: { password: expect.any(Array) } });
    await expect(disableTwoFactor(user.id, { password: PASSWORD, code: "000000" })).rejects.toMatchObject({
      fieldErrors: { code: expect.any(Array) },
    });
    expect(
      await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } }),
    ).toEqual(before);
    expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(10);

    await disableTwoFactor(user.id, { password: PASSWORD, code: recoveryCodes[0]! });
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: user.id },
        select: { totpSecret: true, totpPendingSecret: true, totpEnabledAt: true },
      }),
    ).toEqual({
      totpSecret: null,
      totpPendingSecret: null,
      totpEnabledAt: null,
    });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await auditActions(user.id)).toEqual([
      "user.two_factor_enabled",
      "user.recovery_code_used",
      "user.two_factor_disabled",
    ]);
    await expect(disableTwoFactor(user.id, { password: PASSWORD, code: "123456" })).rejects.toThrow(ConflictError);
  });
});
