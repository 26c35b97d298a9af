import type { IncomingMessage } from "node:http";
import { pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { InvalidInputError } from "@/lib/errors";
import { MAX_IMPORT_LABEL } from "./import-limits";

/**
 * Reads a response body, decompressed, refusing it as soon as it passes
 * maxBytes. Content-Length is only an early hint: a chunked or lying server is
 * stopped by counting the bytes actually received (after decompression, so a
 * small gzip bomb cannot expand past the limit either).
 */
export async function readLimitedBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decompressed(response)) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function decompressed(response: IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const noop = () => {};
  switch (encoding) {
    case "identity":
    case "":
      return response;
    case "gzip":
    case "x-gzip":
      return pipeline(response, createGunzip(), noop);
    case "deflate":
      return pipeline(response, createInflate(), noop);
    case "br":
      return pipeline(response, createBrotliDecompress(), noop);
    default:
      throw new InvalidInputError(`The server sent the page in an unsupported encoding (${encoding}).`);
  }
}

function tooLarge(): InvalidInputError {
  const message = `The page is larger than ${MAX_IMPORT_LABEL}.`;
  return new InvalidInputError(message, { url: [message] });
}

/**
 * Decodes the body by, in order: a byte order mark, the Content-Type charset,
 * an HTML <meta charset> in the first 1024 bytes, else UTF-8. Unknown labels
 * fall back to UTF-8; malformed bytes become U+FFFD rather than failing.
 */
export function decodeBody(bytes: Buffer, contentType: string, mediaType: string): string {
  const label =
    bomEncoding(bytes) ??
    /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] ??
    (mediaType.includes("html") ? metaCharset(bytes) : undefined) ??
    "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  return decoder.encoding === "windows-1252" ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

// Bytes 0x80–0x9F in windows-1252 (the WHATWG meaning of "iso-8859-1" and "latin1" too).
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * Node 20's TextDecoder reads windows-1252 as ISO-8859-1, turning curly quotes
 * and dashes into invisible C1 controls; in a fact-checking tool the quotes matter.
 */
function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString("latin1").replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function bomEncoding(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

function metaCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 1024).toString("latin1");
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(head)?.[1];
  // The HTML spec reads a <meta> claiming UTF-16 as UTF-8: the bytes got this far as ASCII.
  return label && /^utf-16/i.test(label) ? "utf-8" : label;
}
