import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/**
 * SECURITY: authenticated encryption (AES-256-GCM) for the secrets the app
 * must read back, so a database dump or backup alone does not give them away:
 * the TOTP secrets of two-factor sign-in (lib/auth/two-factor) and the
 * webhook signing secrets (lib/webhooks). The key is derived from
 * NEXTAUTH_SECRET with HKDF, with one `info` per purpose, so it is never the
 * key that signs session cookies and one purpose's boxes never open as
 * another's. Each box is also bound to a context (the row it belongs to) as
 * additional authenticated data: a box copied into another row does not open.
 *
 * Rotating NEXTAUTH_SECRET makes existing boxes unreadable: people then sign
 * in with a recovery code and set up their authenticator again, and admins
 * rotate each webhook endpoint's secret.
 *
 * Format: `v1.<iv>.<ciphertext>.<tag>`, each part base64url.
 */
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBoxError extends Error {}

/** What a box holds: each purpose has its own key. */
export type SecretBoxPurpose = "two-factor" | "webhook";

export function deriveSecretBoxKey(masterSecret: string, purpose: SecretBoxPurpose): Buffer {
  if (masterSecret.length < 16)
    throw new SecretBoxError(
      `NEXTAUTH_SECRET is not set (at least 16 characters): ${purpose} secrets cannot be encrypted.`,
    );
  // "factdesk two-factor secret box v1" is the info the first boxes (two-factor) were sealed with
  return Buffer.from(hkdfSync("sha256", masterSecret, "factdesk", `factdesk ${purpose} secret box v1`, 32));
}

const keys = new Map<SecretBoxPurpose, { masterSecret: string; key: Buffer }>();

/** The purpose's key from this process's NEXTAUTH_SECRET, derived once (and again if the variable changed). */
export function secretBoxKey(purpose: SecretBoxPurpose): Buffer {
  const masterSecret = env().NEXTAUTH_SECRET ?? "";
  const known = keys.get(purpose);
  if (known?.masterSecret === masterSecret) return known.key;
  const key = deriveSecretBoxKey(masterSecret, purpose);
  keys.set(purpose, { masterSecret, key });
  return key;
}

export function sealSecret(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** Throws SecretBoxError for a box that was altered, sealed with another key or for another context. */
export function openSecret(key: Buffer, box: string, context: string): string {
  const [version, iv, ciphertext, tag, ...rest] = box.split(".");
  if (version !== VERSION || !iv || ciphertext === undefined || !tag || rest.length > 0)
    throw new SecretBoxError("Not a sealed secret.");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretBoxError("The sealed secret does not open with this key and context.");
  }
}
