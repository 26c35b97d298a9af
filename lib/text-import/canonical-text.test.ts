import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalText, sha256Hex } from "@/lib/text-import/canonical-text";

describe("canonicalText", () => {
  it("composes to NFC", () => {
    expect(canonicalText("caf" + "e\u0301")).toBe("caf\u00e9");
    expect(canonicalText("e\u0301").length).toBe(1);
  });

  it("turns CRLF and lone CR into LF", () => {
    expect(canonicalText("one\r\ntwo\rthree\nfour")).toBe("one\ntwo\nthree\nfour");
  });

  it("drops spaces and tabs at line ends but keeps them inside lines", () => {
    expect(canonicalText("a  b \t\nc\t")).toBe("a  b\nc");
  });

  it("keeps one blank line between paragraphs and collapses more", () => {
    expect(canonicalText("first\n\nsecond")).toBe("first\n\nsecond");
    expect(canonicalText("first\n\n\n\nsecond")).toBe("first\n\nsecond");
    expect(canonicalText("first\r\n \r\n\t\r\nsecond")).toBe("first\n\nsecond");
  });

  it("removes leading and trailing blank lines", () => {
    expect(canonicalText("\n\n  \ntitle\n\nbody\n\n\n")).toBe("title\n\nbody");
  });

  it("is idempotent and leaves no CR, no 3 newlines in a row, no trailing blanks", () => {
    const chunk = fc.constantFrom("a", "é", "e\u0301", " ", "\t", "\n", "\r", "\r\n", "😀", "\u00a0");
    fc.assert(
      fc.property(
        fc.array(chunk, { maxLength: 40 }).map((parts) => parts.join("")),
        (raw) => {
          const once = canonicalText(raw);
          expect(canonicalText(once)).toBe(once);
          expect(once).not.toMatch(/\r|\n{3}|[ \t]\n|[ \t]$|^\n|\n$/);
          expect(once).toBe(once.normalize("NFC"));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("sha256Hex", () => {
  it("matches known vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("hashes the UTF-8 bytes, so the canonical form decides the hash", () => {
    expect(sha256Hex("\u00e9")).toBe("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    expect(sha256Hex("e\u0301")).toBe("bf12767b0f2a56b2190075bae8169f656e3ce8d6357d4aff184bc6c7ea48f9f6");
    expect(sha256Hex(canonicalText("e\u0301"))).toBe(sha256Hex("\u00e9"));
  });
});
