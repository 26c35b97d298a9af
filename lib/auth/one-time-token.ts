import { createHash, randomBytes } from "node:crypto";

/**
 * Secrets of single-use links (invitations, password reset, account setup,
 * first admin): 32 random bytes in base64url travel only in the link; the
 * database keeps their sha256 (hex), so a database dump opens no link. A plain
 * fast hash is right: 256 bits of entropy leave nothing to brute-force.
 */
export const ONE_TIME_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashOneTimeToken(token) };
}

export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
