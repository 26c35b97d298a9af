import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, PayloadTooLargeError } from "@/lib/errors";
import { detectUpload } from "./detect-upload";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("detectUpload", () => {
  it.each([
    ["story.txt", "text/plain", "text"],
    ["story.TXT", "", "text"],
    ["story.md", "text/markdown", "markdown"],
    ["story.markdown", "text/plain", "markdown"],
    ["story.md", "application/octet-stream", "markdown"],
    ["page.html", "text/html; charset=utf-8", "html"],
    ["page.htm", "application/xhtml+xml", "html"],
  ] as const)("accepts %s declared as %j as %s", (name, type, format) => {
    expect(detectUpload({ name, type, bytes: utf8("Héllo") })).toEqual({ format, text: "Héllo" });
  });

  it("lists the accepted types when refusing an unsupported one", () => {
    expect(() => detectUpload({ name: "report.pdf", type: "application/pdf", bytes: utf8("x") })).toThrow(
      "Unsupported file type .pdf: upload a .txt, .md, .markdown, .html or .htm file.",
    );
    expect(() => detectUpload({ name: "README", type: "text/plain", bytes: utf8("x") })).toThrow(InvalidInputError);
  });

  it("refuses a declared type that contradicts the extension", () => {
    expect(() => detectUpload({ name: "photo.txt", type: "image/png", bytes: utf8("x") })).toThrow(
      /named \.txt but its type is image\/png/,
    );
    expect(() => detectUpload({ name: "page.html", type: "text/plain", bytes: utf8("x") })).toThrow(InvalidInputError);
  });

  it("puts the message on the file field", () => {
    try {
      detectUpload({ name: "x.exe", type: "", bytes: utf8("x") });
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).fieldErrors.file).toHaveLength(1);
    }
  });

  it("strips a UTF-8 byte order mark", () => {
    expect(
      detectUpload({ name: "a.txt", type: "", bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Text")]) }).text,
    ).toBe("Text");
  });

  it('reads UTF-16 with a byte order mark (Notepad\'s "Unicode")', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Array.from("Hé").flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(detectUpload({ name: "a.txt", type: "", bytes: le }).text).toBe("Hé");
  });

  it("refuses binary content: NUL bytes, invalid UTF-8", () => {
    expect(() => detectUpload({ name: "a.txt", type: "", bytes: new Uint8Array([0x41, 0x00, 0x42]) })).toThrow(
      /looks binary/,
    );
    expect(() => detectUpload({ name: "a.txt", type: "", bytes: new Uint8Array([0x41, 0xc3, 0x28]) })).toThrow(
      /not UTF-8/,
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(() => detectUpload({ name: "a.md", type: "", bytes: png })).toThrow(InvalidInputError);
  });

  it("refuses empty files, also when only a byte order mark", () => {
    expect(() => detectUpload({ name: "a.txt", type: "", bytes: new Uint8Array() })).toThrow("The file is empty.");
    expect(() => detectUpload({ name: "a.txt", type: "", bytes: new Uint8Array([0xef, 0xbb, 0xbf]) })).toThrow(
      "The file is empty.",
    );
  });

  it("refuses files over 5 MB with PayloadTooLargeError, and accepts exactly 5 MB", () => {
    const limit = 5 * 1024 * 1024;
    expect(() => detectUpload({ name: "a.txt", type: "", bytes: new Uint8Array(limit + 1).fill(0x61) })).toThrow(
      PayloadTooLargeError,
    );
    expect(detectUpload({ name: "a.txt", type: "", bytes: new Uint8Array(limit).fill(0x61) }).text).toHaveLength(limit);
    // A Node Buffer is a Uint8Array too.
    expect(detectUpload({ name: "a.txt", type: "", bytes: Buffer.from("buffer") }).text).toBe("buffer");
  });

  it("never throws anything but a refusal on arbitrary names, types and bytes", () => {
    const name = fc.oneof(
      fc.string(),
      fc.constantFrom("a.txt", "b.md", "c.markdown", "d.html", "e.htm", "f.pdf", ".txt", "x.", "a.tar.gz"),
    );
    const type = fc.oneof(
      fc.string(),
      fc.constantFrom("", "text/plain", "text/html", "application/octet-stream", "TEXT/PLAIN; charset=x"),
    );
    fc.assert(
      fc.property(name, type, fc.uint8Array({ maxLength: 64 }), (n, t, bytes) => {
        try {
          const { text } = detectUpload({ name: n, type: t, bytes });
          expect(text).not.toContain("\u0000");
        } catch (error) {
          expect(error instanceof InvalidInputError || error instanceof PayloadTooLargeError).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
