import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * SECURITY: authenticated encryption (AES-256-GCM) for the TOTP secrets kept
 * in the User table, so a database dump or backup alone does not let anyone
 * compute a person's codes. The key is derived from NEXTAUTH_SECRET with HKDF
 * (its own `info`, so it is never the key that signs session cookies). Each
 * box is bound to a context (the user id) as additional authenticated data:
 * a box copied into another user's row does not open.
 *
 * Rotating NEXTAUTH_SECRET makes existing boxes unreadable: people then sign
 * in with a recovery code and set up their authenticator again.
 *
 * Format: `v1.<iv>.<ciphertext>.<tag>`, each part base64url.
 */
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBoxError extends Error {}

export function deriveSecretBoxKey(masterSecret: string): Buffer {
  if (masterSecret.length < 16)
    throw new SecretBoxError(
      "NEXTAUTH_SECRET is not set (at least 16 characters): two-factor secrets cannot be encrypted.",
    );
  return Buffer.from(hkdfSync("sha256", masterSecret, "factdesk", "factdesk two-factor secret box v1", 32));
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
