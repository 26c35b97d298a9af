/** A signed-in browser lasts 8 hours (the JWT's maxAge and the UserSession row's expiresAt). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** lastSeenAt is refreshed at most this often, so most requests only read. */
export const LAST_SEEN_GRANULARITY_MS = 5 * 60 * 1000;

export type SessionMethod = "password" | "sso" | "setup" | "invitation" | "reset";
