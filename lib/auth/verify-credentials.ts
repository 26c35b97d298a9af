import { db } from "@/lib/db/client";
import { timingSafeDummyHash, verifyPassword } from "@/lib/auth/password";
import { recordSignInFailure, recordSignInSuccess, signInWaitSeconds } from "@/lib/auth/sign-in-limits";
import { newSignInDeviceCookie, signInDeviceKey } from "@/lib/auth/sign-in-device";

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
}

/** Who is trying: the trusted client address (or null) and the browser's sign-in device cookie (or null). */
export interface SignInOrigin {
  address: string | null;
  deviceCookie: string | null;
}

export type CredentialsResult =
  /** deviceCookie: a fresh device cookie for this browser (lib/auth/sign-in-device.ts) */
  | { ok: true; user: SignedInUser; deviceCookie: string }
  /** one message for unknown email and wrong password, so accounts cannot be probed */
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an email + password under the sign-in limits (lib/auth/sign-in-limits.ts).
 * SECURITY: a client that must wait is refused before the password is even
 * checked, so waiting cannot be skipped by guessing right; unknown emails count
 * like wrong passwords, so the limits do not reveal which accounts exist.
 * `secondFactor` runs after a right password and before the success is
 * recorded: a sign-in is complete only with its code, so someone who knows the
 * password keeps waiting longer after each wrong code (it throws to refuse).
 */
export async function verifyCredentials(
  email: string,
  password: string,
  origin: SignInOrigin,
  secondFactor?: (user: SignedInUser) => Promise<void>,
): Promise<CredentialsResult> {
  const address = normalizeEmail(email);
  const client = { email: address, address: origin.address, deviceKey: signInDeviceKey(origin.deviceCookie, address) };
  const wait = await signInWaitSeconds(client);
  if (wait > 0) return { ok: false, reason: "rate_limited", retryAfterSeconds: wait };

  const user = await db.user.findUnique({
    where: { email: address },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyPassword(await timingSafeDummyHash(), password), false);

  if (!user || !valid) {
    await recordSignInFailure(client);
    return { ok: false, reason: "invalid" };
  }
  const signedIn = { id: user.id, email: user.email, name: user.name };
  await secondFactor?.(signedIn);
  await recordSignInSuccess(client);
  return { ok: true, user: signedIn, deviceCookie: newSignInDeviceCookie(address) };
}
