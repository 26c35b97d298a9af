import { createHash } from "node:crypto";

/** 1–255 printable ASCII characters (a UUID from crypto.randomUUID() in forms), as for the Idempotency-Key header. */
const KEY = /^[\x20-\x7e]{1,255}$/;

export const INVALID_KEY_MESSAGE = "An idempotency key is 1 to 255 printable ASCII characters.";

/** The key, or null when it is not one. */
export function validIdempotencyKey(raw: unknown): string | null {
  return typeof raw === "string" && KEY.test(raw) ? raw : null;
}

/** sha256 of a request's parts, each length-prefixed so ("ab", "c") and ("a", "bc") differ. */
export function fingerprintOf(parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest("hex");
}
