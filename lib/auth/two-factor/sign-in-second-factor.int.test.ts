import { beforeAll, describe, expect, it } from "vitest";
import { createUser, uniqueSuffix } from "@/prisma/factories";
import { signInWaitSeconds } from "@/lib/auth/sign-in-limits";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { beginTwoFactorEnrolment } from "@/lib/auth/two-factor/begin-two-factor-enrolment";
import { confirmTwoFactorEnrolment } from "@/lib/auth/two-factor/confirm-two-factor-enrolment";
import { getTwoFactorStatus } from "@/lib/auth/two-factor/get-two-factor-status";
import { requireSecondFactorAtSignIn } from "@/lib/auth/two-factor/require-second-factor-at-sign-in";
import { totpCodeAt } from "@/lib/auth/two-factor/totp";

const PASSWORD = "correct horse battery";
const STEP = 30_000;

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "integration tests' NEXTAUTH_SECRET";
});

/** A client no other test uses: no device cookie, no trusted address (so failures count per account + "unknown" client). */
const origin = () => ({ address: null, deviceCookie: null });

async function enrolledUser() {
  const user = await createUser({ password: PASSWORD });
  await beginTwoFactorEnrolment(user.id);
  const secret = (await getTwoFactorStatus(user.id)).pending!.secret;
  // confirm with the previous step's code, so the current one is still unused
  const { recoveryCodes } = await confirmTwoFactorEnrolment(user.id, { code: totpCodeAt(secret, Date.now() - STEP) });
  return { user, secret, recoveryCodes };
}

/** What the credentials `authorize` does: the password, then the second factor (lib/auth/options.ts). */
async function signIn(email: string, password: string, code?: string): Promise<string> {
  try {
    const result = await verifyCredentials(email, password, origin(), (user) =>
      requireSecondFactorAtSignIn(user.id, email, code, origin()),
    );
    return result.ok ? "signed in" : result.reason;
  } catch (error) {
    return (error as Error).message;
  }
}

describe("password sign-in with two-factor on", () => {
  it("asks for the code after the right password, and signs in with a current code", async () => {
    const { user, secret } = await enrolledUser();
    expect(await signIn(user.email, PASSWORD)).toBe("TwoFactorRequired");
    expect(await signIn(user.email, PASSWORD, totpCodeAt(secret, Date.now()))).toBe("signed in");
  });

  it("does not ask an account without two-factor for a code", async () => {
    const user = await createUser({ password: PASSWORD });
    expect(await signIn(user.email, PASSWORD)).toBe("signed in");
  });

  it("never reaches the code step with a wrong password", async () => {
    const { user, secret } = await enrolledUser();
    expect(await signIn(user.email, "not the password", totpCodeAt(secret, Date.now()))).toBe("invalid");
  });

  it("refuses a wrong code and a replayed one, and counts them as failed sign-ins (the client then waits)", async () => {
    const { user, secret } = await enrolledUser();
    const client = { email: user.email, address: null, deviceKey: null };
    const code = totpCodeAt(secret, Date.now());
    expect(await signIn(user.email, PASSWORD, code)).toBe("signed in");
    expect(await signIn(user.email, PASSWORD, code)).toBe("TwoFactorInvalid");
    expect(await signInWaitSeconds(client)).toBe(0);
    for (let i = 0; i < 4; i++)
      await requireSecondFactorAtSignIn(user.id, user.email, `wrong ${uniqueSuffix()}`, origin()).catch(
        () => undefined,
      );
    expect(await signInWaitSeconds(client)).toBeGreaterThan(0);
  });

  it("keeps slowing someone who knows the password but guesses codes: the right password does not reset the count", async () => {
    const { user } = await enrolledUser();
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) outcomes.push(await signIn(user.email, PASSWORD, "000000"));
    // 3 free failures, then the client must wait before the password is even checked
    expect(outcomes.slice(0, 3)).toEqual(["TwoFactorInvalid", "TwoFactorInvalid", "TwoFactorInvalid"]);
    expect(outcomes.slice(3)).toContain("rate_limited");
    expect(await signInWaitSeconds({ email: user.email, address: null, deviceKey: null })).toBeGreaterThan(0);
  });

  it("signs in once with each recovery code", async () => {
    const { user, recoveryCodes } = await enrolledUser();
    expect(await signIn(user.email, PASSWORD, recoveryCodes[3])).toBe("signed in");
    expect(await signIn(user.email, PASSWORD, recoveryCodes[3])).toBe("TwoFactorInvalid");
    expect((await getTwoFactorStatus(user.id)).recoveryCodesLeft).toBe(9);
  });
});
