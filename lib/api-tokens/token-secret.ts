import { createHash, randomBytes } from "node:crypto";

/**
 * API token secrets: "fd_" + 32 random bytes in base64url (43 characters).
 * The prefix makes a leaked token recognisable (secret scanners, logs); the
 * database keeps only its sha256 and the first characters, so a database
 * dump grants nothing.
 */
export const API_TOKEN_PATTERN = /^fd_[A-Za-z0-9_-]{43}$/;

/** How many leading characters are stored to recognise a token in lists ("fd_" + 8). */
const PREFIX_LENGTH = 11;

export function generateApiTokenSecret(): string {
  return `fd_${randomBytes(32).toString("base64url")}`;
}

/** sha256 hex. A plain fast hash is right here: the secret has 256 bits of entropy, so there is nothing to brute-force. */
export function hashApiTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function apiTokenPrefix(secret: string): string {
  return secret.slice(0, PREFIX_LENGTH);
}
