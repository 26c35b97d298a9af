import { randomBytes } from "node:crypto";

const RANDOM_CHARS = 16;
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * A new row id for a row written in raw SQL, where Prisma's `@default(cuid())`
 * does not run (createAnnotation writes the annotation and its audit event in
 * one statement). The same shape as Prisma's cuids, which it does not export:
 * "c", the time in milliseconds in base 36 (8 characters, so ids sort roughly
 * by creation like Prisma's), then 16 random base-36 characters (about 82
 * bits). 25 lowercase letters and digits: no "-", which public addresses rely
 * on (lib/public-urls/public-address.ts).
 */
export function newRowId(): string {
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const bytes = randomBytes(RANDOM_CHARS);
  let random = "";
  // 256 = 7 × 36 + 4: the slight bias toward the first 4 characters is irrelevant for uniqueness
  for (const byte of bytes) random += ALPHABET[byte % 36];
  return `c${time}${random}`;
}
