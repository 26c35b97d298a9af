import { createHash } from "node:crypto";

/**
 * The canonical form every article version is stored in, and that annotation
 * offsets refer to: Unicode NFC, "\n" line ends, no trailing spaces on lines,
 * at most one blank line between paragraphs, no leading or trailing blank lines.
 */
export function canonicalText(raw: string): string {
  return (
    raw
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      // (?<!…): linear time; a plain /[ \t]+$/ backtracks quadratically on long runs of spaces
      .replace(/(?<![ \t])[ \t]+$/gm, "")
      .replace(/\n{3,}/g, "\n\n")
      .replace(/^\n+|\n+$/g, "")
  );
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
