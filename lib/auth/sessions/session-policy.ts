/** A signed-in browser lasts 8 hours (the JWT's maxAge and the UserSession row's expiresAt). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** lastSeenAt is refreshed at most this often, so most requests only read. */
export const LAST_SEEN_GRANULARITY_MS = 5 * 60 * 1000;

export type SessionMethod = "password" | "sso" | "setup" | "invitation" | "reset";
/**
 * How many browsers may be signed in to one account at once. Signing in on
 * one more ends the one unused longest (refusing the sign-in would lock the
 * person out of their own account), so the account page lists every session
 * and the sessions a leaked password can keep open are few.
 */
export const MAX_ACTIVE_SESSIONS = 20;
