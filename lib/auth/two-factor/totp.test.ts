import { describe, expect, it } from "vitest";
import { acceptedTotpStep, newTotpSecret, otpauthUri, totpCodeAt } from "@/lib/auth/two-factor/totp";

// RFC 6238 Appendix B: the SHA1 seed "12345678901234567890" (base32 below), 8-digit codes truncated to the last 6
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const STEP = 30_000;
const now = Date.UTC(2026, 11, 6, 12, 0, 10);
const stepOf = (ms: number) => Math.floor(ms / STEP);

describe("TOTP (SHA1, 6 digits, 30 s)", () => {
  it("computes the RFC 6238 test vectors", () => {
    expect(totpCodeAt(RFC_SECRET, 59_000)).toBe("287082");
    expect(totpCodeAt(RFC_SECRET, 1_111_111_109_000)).toBe("081804");
    expect(totpCodeAt(RFC_SECRET, 1_234_567_890_000)).toBe("005924");
  });

  it("makes 160-bit secrets and an otpauth URI every authenticator app reads", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(otpauthUri(secret, "ana@example.test"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/Factdesk:ana@example.test");
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: "Factdesk",
      secret,
      algorithm: "SHA1",
      digits: "6",
      period: "30",
    });
  });

  it("accepts the current code and those of the step before and after, each with its own step", () => {
    for (const offset of [-1, 0, 1]) {
      expect(acceptedTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, now + offset * STEP), null, now)).toBe(
        stepOf(now) + offset,
      );
    }
  });

  it("refuses codes two steps away", () => {
    expect(acceptedTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, now - 2 * STEP), null, now)).toBeNull();
    expect(acceptedTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, now + 2 * STEP), null, now)).toBeNull();
  });

  it("refuses a code of a step already used, and older ones, but takes a newer one", () => {
    const code = totpCodeAt(RFC_SECRET, now);
    expect(acceptedTotpStep(RFC_SECRET, code, stepOf(now), now)).toBeNull();
    expect(acceptedTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, now - STEP), stepOf(now), now)).toBeNull();
    expect(acceptedTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, now + STEP), stepOf(now), now)).toBe(stepOf(now) + 1);
  });

  it("reads a code typed with a space, and refuses what is not 6 digits", () => {
    const code = totpCodeAt(RFC_SECRET, now);
    expect(acceptedTotpStep(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, null, now)).toBe(stepOf(now));
    for (const bad of ["", "12345", "1234567", "abcdef", `${code}0`])
      expect(acceptedTotpStep(RFC_SECRET, bad, null, now)).toBeNull();
  });

  it("refuses another secret's code", () => {
    expect(acceptedTotpStep(newTotpSecret(), totpCodeAt(RFC_SECRET, now), null, now)).toBeNull();
  });
});
