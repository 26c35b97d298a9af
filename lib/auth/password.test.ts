import { describe, expect, it } from "vitest";
import { hashPassword, timingSafeDummyHash, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("hashes with argon2id at the OWASP minimum cost", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hash).not.toContain("correct horse battery");
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "correct horse batterY")).toBe(false);
    expect(await verifyPassword(hash, "")).toBe(false);
  });

  it("returns false, without throwing, for a malformed hash", async () => {
    for (const malformed of [
      "",
      "not-a-hash",
      "$argon2id$v=19$m=19456,t=2,p=1$broken",
      "$2b$10$abcdefghijklmnopqrstuv",
    ]) {
      await expect(verifyPassword(malformed, "whatever")).resolves.toBe(false);
    }
  });

  it("salts: two hashes of the same password differ, and both verify", async () => {
    const [a, b] = await Promise.all([hashPassword("same password"), hashPassword("same password")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "same password")).toBe(true);
    expect(await verifyPassword(b, "same password")).toBe(true);
  });

  it("the timing dummy hash is a real argon2id hash that no ordinary password matches", async () => {
    const dummy = await timingSafeDummyHash();
    expect(dummy).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(dummy, "password")).toBe(false);
  });
});
