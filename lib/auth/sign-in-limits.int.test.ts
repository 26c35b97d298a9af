import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyCredentials, type SignInOrigin } from "@/lib/auth/verify-credentials";
import { createUser, uniqueEmail } from "@/prisma/factories";

// small limits, so the rules show after a few attempts (env() is read lazily, per test file)
process.env.SIGNIN_ADDRESS_MAX_FAILURES = "8";
process.env.SIGNIN_ACCOUNT_ALERT_FAILURES = "10";

const PASSWORD = "correct horse battery";
const uniqueAddress = () => `2001:db8:${randomInt(65536).toString(16)}::${randomInt(65536).toString(16)}`;
const from = (address: string | null): SignInOrigin => ({ address, deviceCookie: null });

describe("sign-in limits across accounts and addresses", () => {
  it("(b) an address that fails on many accounts is blocked for the hour, on every account, while other addresses are not", async () => {
    const attacker = uniqueAddress();
    for (let i = 0; i < 8; i++)
      expect(await verifyCredentials(uniqueEmail("probe"), "guess", from(attacker))).toEqual({
        ok: false,
        reason: "invalid",
      });
    const user = await createUser({ password: PASSWORD });
    const blocked = await verifyCredentials(user.email, PASSWORD, from(attacker));
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(blocked.ok === false && blocked.reason === "rate_limited" && blocked.retryAfterSeconds).toBeGreaterThan(
      3_500,
    );
    expect(await verifyCredentials(user.email, PASSWORD, from(uniqueAddress()))).toMatchObject({ ok: true });
  });

  it("(c) 50 wrong passwords for the editor-in-chief from other addresses: the chief's right password from a clean address signs in at once", async () => {
    const chief = await createUser({ password: PASSWORD, name: "Editor-in-chief" });
    const attackers = Array.from({ length: 25 }, uniqueAddress);
    for (const address of attackers) {
      for (let i = 0; i < 2; i++)
        expect(await verifyCredentials(chief.email, `guess ${i}`, from(address))).toMatchObject({ ok: false });
    }
    const started = Date.now();
    expect(await verifyCredentials(chief.email, PASSWORD, from(uniqueAddress()))).toMatchObject({
      ok: true,
      user: { id: chief.id },
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("(c) while an account is under attack, an address that failed on it waits after every failure", async () => {
    const chief = await createUser({ password: PASSWORD });
    for (let i = 0; i < 10; i++) await verifyCredentials(chief.email, "guess", from(uniqueAddress()));
    const late = uniqueAddress();
    expect(await verifyCredentials(chief.email, "guess", from(late))).toEqual({ ok: false, reason: "invalid" });
    // one failure on an attacked account is enough for a wait, even with the right password next
    expect(await verifyCredentials(chief.email, PASSWORD, from(late))).toEqual({
      ok: false,
      reason: "rate_limited",
      retryAfterSeconds: 1,
    });
  });
});
