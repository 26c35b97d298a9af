import { createHash, randomBytes } from "node:crypto";

/**
 * Recovery codes: 10 per account, each 16 characters of Crockford's base32
 * ("k7q2-m9xd-4hw1-tz8c", 80 random bits), typed without caring about case,
 * dashes or spaces, and with O/I/L read as 0/1.
 *
 * Stored as plain sha256: the codes are random, not chosen by people, and 80
 * bits leave nothing to search even with the hash in hand (2^80 / 10 guesses
 * per account), so a slow password hash would only slow every recovery
 * sign-in down. A fast hash also lets the database find the code by equality,
 * and mark it used in one conditional update (single use without a race).
 */
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const LENGTH = 16;
const GROUP = 4;

export function newRecoveryCode(): string {
  // 256 is a multiple of 32: every character is equally likely
  const chars = [...randomBytes(LENGTH)].map((byte) => ALPHABET[byte % 32]!);
  const groups: string[] = [];
  for (let i = 0; i < LENGTH; i += GROUP) groups.push(chars.slice(i, i + GROUP).join(""));
  return groups.join("-");
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
}

/** The canonical form of what a person typed, or null when it cannot be a recovery code. */
export function normalizeRecoveryCode(input: string): string | null {
  const code = input
    .toLowerCase()
    .replace(/[\s-]+/g, "")
    .replace(/o/g, "0")
    .replace(/[il]/g, "1");
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

export function hashRecoveryCode(normalized: string): string {
  return createHash("sha256").update(`factdesk-recovery:${normalized}`, "utf8").digest("hex");
}
