import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { timingSafeDummyHash, verifyPassword } from "@/lib/auth/password";

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
}

export type CredentialsResult =
  | { ok: true; user: SignedInUser }
  /** one message for unknown email and wrong password, so accounts cannot be probed */
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterMinutes: number };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an email + password. SECURITY: failed attempts are counted per
 * account and per client IP in the database (so the limit holds across app
 * instances); over the limit, even a correct password is refused until the
 * window has passed.
 */
export async function verifyCredentials(email: string, password: string, clientIp: string | null): Promise<CredentialsResult> {
  const { SIGNIN_MAX_FAILURES: max, SIGNIN_WINDOW_MINUTES: minutes } = env();
  const address = normalizeEmail(email);
  const keys = [`email:${address}`, ...(clientIp ? [`ip:${clientIp}`] : [])];
  const since = new Date(Date.now() - minutes * 60_000);

  const counts = await Promise.all(keys.map((key) => db.signInFailure.count({ where: { key, createdAt: { gte: since } } })));
  if (counts.some((n) => n >= max)) return { ok: false, reason: "rate_limited", retryAfterMinutes: minutes };

  const user = await db.user.findUnique({ where: { email: address }, select: { id: true, email: true, name: true, passwordHash: true } });
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyPassword(await timingSafeDummyHash(), password), false);

  if (!user || !valid) {
    await db.signInFailure.createMany({ data: keys.map((key) => ({ key })) });
    return { ok: false, reason: "invalid" };
  }
  // A successful sign-in clears the account's counter, not the IP's.
  await db.signInFailure.deleteMany({ where: { key: `email:${address}` } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
