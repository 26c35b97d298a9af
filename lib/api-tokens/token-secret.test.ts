import { describe, expect, it } from "vitest";
import {
  API_TOKEN_PATTERN,
  apiTokenPrefix,
  generateApiTokenSecret,
  hashApiTokenSecret,
} from "@/lib/api-tokens/token-secret";

describe("API token secrets", () => {
  it("are fd_ + 43 base64url characters, different every time", () => {
    const secrets = new Set(Array.from({ length: 50 }, generateApiTokenSecret));
    expect(secrets.size).toBe(50);
    for (const secret of secrets) expect(secret).toMatch(API_TOKEN_PATTERN);
  });

  it("hash to sha256 hex and keep a short recognisable prefix", () => {
    expect(hashApiTokenSecret("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const secret = generateApiTokenSecret();
    expect(apiTokenPrefix(secret)).toBe(secret.slice(0, 11));
    expect(apiTokenPrefix(secret).startsWith("fd_")).toBe(true);
  });
});
