import { describe, expect, it } from "vitest";
import { isWordCharAt, isWordCharBefore } from "./tokenize";

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

describe("isWordCharAt", () => {
  it("agrees with the Unicode letter, mark and number classes on every ASCII character", () => {
    for (let code = 0; code < 0x80; code++) {
      const char = String.fromCharCode(code);
      expect(isWordCharAt(char, 0), JSON.stringify(char)).toBe(WORD_CHAR.test(char));
    }
  });

  it("reads whole code points beyond ASCII", () => {
    expect(isWordCharAt("é", 0)).toBe(true);
    expect(isWordCharAt("“", 0)).toBe(false);
    expect(isWordCharAt("𝐀", 0)).toBe(true); // a letter outside the BMP, as a surrogate pair
    expect(isWordCharBefore("a𝐀", 3)).toBe(true);
    expect(isWordCharAt("a", 1)).toBe(false);
  });
});
