import { createHash } from "node:crypto";
import { canonicalText } from "@/lib/text-import/canonical-text";
import { decodeBody } from "@/lib/text-import/read-page-body";
import type { UploadFormat } from "@/lib/text-import/detect-upload";

/** What is kept of one answer: its readable text (null when it has none we can read) and the SHA-256 that identifies the content. */
export interface ReadableContent {
  text: string | null;
  title: string | null;
  /** SHA-256 (hex) of the readable text, or of the bytes when there is no text (a PDF, an image) */
  contentHash: string;
}

/** Which extractor reads a media type; null: not text we read (the bytes are hashed and kept as they are not). */
export function readableFormat(contentType: string): UploadFormat | null {
  if (contentType === "text/html" || contentType === "application/xhtml+xml") return "html";
  if (contentType === "text/markdown") return "markdown";
  if (
    contentType === "text/plain" ||
    contentType === "" ||
    contentType === "application/json" ||
    contentType === "text/csv"
  )
    return "text";
  return null;
}

export function sha256HexOf(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

/** Decodes the bytes as the server declared them; PostgreSQL text cannot hold U+0000, so it is dropped. */
export function decodedText(bytes: Buffer, contentTypeHeader: string, contentType: string): string {
  return decodeBody(bytes, contentTypeHeader, contentType).replaceAll("\u0000", "");
}

/**
 * The readable text of an extraction result, canonicalized so that the hash
 * changes when the words change, not when whitespace or markup does.
 */
export function readableContent(extracted: { text: string; title?: string } | null, bytes: Buffer): ReadableContent {
  if (!extracted) return { text: null, title: null, contentHash: sha256HexOf(bytes) };
  const text = canonicalText(extracted.text);
  return { text, title: extracted.title?.slice(0, 300) || null, contentHash: sha256HexOf(text) };
}
