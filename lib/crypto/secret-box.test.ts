import { describe, expect, it } from "vitest";
import { deriveSecretBoxKey, openSecret, sealSecret, SecretBoxError } from "@/lib/crypto/secret-box";

const key = deriveSecretBoxKey("a test NEXTAUTH_SECRET of some length", "two-factor");
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

/** Flips one bit of a base64url part of the box. */
function flipBit(box: string, part: number): string {
  const parts = box.split(".");
  const bytes = Buffer.from(parts[part]!, "base64url");
  bytes[0]! ^= 1;
  parts[part] = bytes.toString("base64url");
  return parts.join(".");
}

describe("secret box (AES-256-GCM, key from NEXTAUTH_SECRET)", () => {
  it("opens what it sealed, with the same key and context", () => {
    expect(openSecret(key, sealSecret(key, SECRET, "totp:user-1"), "totp:user-1")).toBe(SECRET);
  });

  it("never stores the secret in clear, and two seals of one secret differ (random IV)", () => {
    const a = sealSecret(key, SECRET, "totp:user-1");
    const b = sealSecret(key, SECRET, "totp:user-1");
    expect(a).not.toContain(SECRET);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it.each([
    ["the IV", 1],
    ["the ciphertext", 2],
    ["the tag", 3],
  ])("refuses a box whose %s was altered", (_what, part) => {
    const box = sealSecret(key, SECRET, "totp:user-1");
    expect(() => openSecret(key, flipBit(box, part), "totp:user-1")).toThrow(SecretBoxError);
  });

  it("refuses a box copied to another user's row (context is authenticated)", () => {
    expect(() => openSecret(key, sealSecret(key, SECRET, "totp:user-1"), "totp:user-2")).toThrow(SecretBoxError);
  });

  it("refuses a box sealed under another NEXTAUTH_SECRET", () => {
    const other = deriveSecretBoxKey("another NEXTAUTH_SECRET entirely", "two-factor");
    expect(() => openSecret(other, sealSecret(key, SECRET, "c"), "c")).toThrow(SecretBoxError);
  });

  it("refuses a box sealed for another purpose (each purpose has its own key)", () => {
    const webhook = deriveSecretBoxKey("a test NEXTAUTH_SECRET of some length", "webhook");
    expect(() => openSecret(webhook, sealSecret(key, SECRET, "c"), "c")).toThrow(SecretBoxError);
  });

  it("keeps the two-factor key the first boxes were sealed with (people's authenticators stay set up)", () => {
    // "hello" sealed by the first version of this module, with a zero IV
    expect(openSecret(key, "v1.AAAAAAAAAAAAAAAA.mwUFpEc.7jX70J3hxHxYLElxyf5jzA", "c")).toBe("hello");
  });

  it.each(["", "v1", "v2.a.b.c", "v1.a.b.c.d", "not a box"])("refuses the malformed box %j", (box) => {
    expect(() => openSecret(key, box, "c")).toThrow(SecretBoxError);
  });

  it("needs a NEXTAUTH_SECRET of at least 16 characters", () => {
    expect(() => deriveSecretBoxKey("", "webhook")).toThrow(/NEXTAUTH_SECRET/);
    expect(deriveSecretBoxKey("x".repeat(16), "webhook")).toHaveLength(32);
  });
});
