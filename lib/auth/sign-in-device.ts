import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * "This browser has signed in to this account before" (OWASP's device
 * cookie). Issued after a correct password, signed with NEXTAUTH_SECRET and
 * bound to the account's address, so an attacker cannot mint one. A browser
 * with a valid one has its own sign-in counter: others' failures on the
 * account never slow it down, even where no client address can be trusted
 * (TRUSTED_PROXY_HOPS=0).
 */
export const SIGN_IN_DEVICE_COOKIE = "factdesk.sign-in-device";
export const SIGN_IN_DEVICE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

// without NEXTAUTH_SECRET (tests, a dev shell) cookies are valid for this process only
const fallbackKey = randomBytes(32);

function signature(email: string, nonce: string): string {
  const key = env().NEXTAUTH_SECRET ?? fallbackKey;
  return createHmac("sha256", key).update(`sign-in-device\n${email}\n${nonce}`).digest("base64url");
}

/** A new cookie value for a browser that just signed in to `email` (normalized). */
export function newSignInDeviceCookie(email: string): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${nonce}.${signature(email, nonce)}`;
}

/** The throttling key of a browser whose cookie is valid for `email`, else null. */
export function signInDeviceKey(cookie: string | null | undefined, email: string): string | null {
  const [nonce, mac, extra] = (cookie ?? "").split(".");
  if (!nonce || !mac || extra !== undefined || !/^[A-Za-z0-9_-]{22}$/.test(nonce)) return null;
  const expected = Buffer.from(signature(email, nonce));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? `device:${nonce}` : null;
}

/** A cookie's value out of a Cookie header. */
export function cookieFromHeader(header: unknown, name: string): string | null {
  if (typeof header !== "string") return null;
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return null;
}
