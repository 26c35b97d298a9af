import { describe, expect, it } from "vitest";
import { decodedText, readableContent, readableFormat, sha256HexOf } from "./readable-text";

describe("readableFormat: which extractor reads an answer", () => {
  it.each([
    ["text/html", "html"],
    ["application/xhtml+xml", "html"],
    ["text/markdown", "markdown"],
    ["text/plain", "text"],
    ["", "text"],
  ])("%s → %s", (type, format) => {
    expect(readableFormat(type)).toBe(format);
  });

  it.each(["application/pdf", "image/png", "application/octet-stream"])(
    "%s has no text we read: its bytes are hashed",
    (type) => {
      expect(readableFormat(type)).toBeNull();
    },
  );
});

describe("hashing", () => {
  it("is SHA-256 in hex", () => {
    expect(sha256HexOf("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("hashes the canonical text: line ends, trailing spaces and blank lines do not change it, other words do", () => {
    const bytes = Buffer.from("ignored");
    const a = readableContent({ text: "\nTwelve people  \r\n\n\n\ndied.\n" }, bytes);
    const b = readableContent({ text: "Twelve people\n\ndied." }, bytes);
    const c = readableContent({ text: "Nineteen people\n\ndied." }, bytes);
    expect(a.contentHash).toBe(b.contentHash);
    expect(c.contentHash).not.toBe(a.contentHash);
    expect(a.contentHash).toBe(sha256HexOf(a.text!));
  });

  it("without text (a PDF), keeps no text and hashes the bytes", () => {
    const bytes = Buffer.from("%PDF-1.7 binary");
    expect(readableContent(null, bytes)).toEqual({ text: null, title: null, contentHash: sha256HexOf(bytes) });
  });

  it("keeps the title, cut to 300 characters", () => {
    expect(readableContent({ text: "x", title: "T".repeat(400) }, Buffer.alloc(0)).title).toHaveLength(300);
  });
});

describe("decodedText", () => {
  it("decodes by the declared charset and drops NUL, which PostgreSQL text cannot hold", () => {
    expect(
      decodedText(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x00]), "text/plain; charset=iso-8859-1", "text/plain"),
    ).toBe("café");
  });
});
