import { describe, expect, it } from "vitest";
import {
  hashRecoveryCode,
  newRecoveryCode,
  newRecoveryCodes,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
} from "@/lib/auth/two-factor/recovery-codes";

describe("recovery codes", () => {
  it("come as 10 distinct codes of four groups of four, without letters people mistake (i, l, o, u)", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
  });

  it("use the whole alphabet (no bias toward some characters)", () => {
    const seen = new Set([...Array.from({ length: 200 }, newRecoveryCode).join("").replace(/-/g, "")]);
    expect(seen.size).toBe(32);
  });

  it("are read whatever the case, dashes and spaces, with O as 0 and I/L as 1", () => {
    expect(normalizeRecoveryCode("AB0C-1DEF-gh23-4567")).toBe("ab0c1defgh234567");
    expect(normalizeRecoveryCode(" abOc idef GH23 4567 ")).toBe("ab0c1defgh234567");
    expect(normalizeRecoveryCode("abOc-Ldef-gh23-4567")).toBe("ab0c1defgh234567");
  });

  it.each(["", "abcd-efgh", "abcd-efgh-jkmn-pqrs-t", "abcd-efgh-jkmn-pqr!", "uuuu-uuuu-uuuu-uuuu", "123456"])(
    "refuse %j",
    (input) => {
      expect(normalizeRecoveryCode(input)).toBeNull();
    },
  );

  it("hash to the same value however they were typed, and differently from each other", () => {
    const code = newRecoveryCode();
    expect(hashRecoveryCode(normalizeRecoveryCode(code.toUpperCase())!)).toBe(
      hashRecoveryCode(normalizeRecoveryCode(code)!),
    );
    expect(hashRecoveryCode(normalizeRecoveryCode(code)!)).not.toBe(
      hashRecoveryCode(normalizeRecoveryCode(newRecoveryCode())!),
    );
    expect(hashRecoveryCode("x")).toMatch(/^[0-9a-f]{64}$/);
  });
});
