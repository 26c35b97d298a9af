import { InvalidInputError, PayloadTooLargeError } from "@/lib/errors";
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from "./import-limits";

export type UploadFormat = "text" | "markdown" | "html";

export interface UploadedFile {
  name: string;
  /** The MIME type the browser declared; often empty or generic. */
  type: string;
  bytes: Uint8Array;
}

export interface DetectedUpload {
  format: UploadFormat;
  /** Decoded text, byte order mark removed. */
  text: string;
}

const FORMAT_BY_EXTENSION: Record<string, UploadFormat> = {
  txt: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

// Declared types that agree with each format. Browsers often send text/plain for .md.
const TYPES_BY_FORMAT: Record<UploadFormat, readonly string[]> = {
  text: ["text/plain"],
  markdown: ["text/markdown", "text/x-markdown", "text/plain"],
  html: ["text/html", "application/xhtml+xml"],
};

// Declared types that say nothing about the content: the extension decides alone.
const UNSPECIFIC_TYPES = new Set(["", "application/octet-stream"]);

const ACCEPTED = ".txt, .md, .markdown, .html or .htm";

/**
 * Decides what an uploaded file is and decodes it. The extension decides the
 * format; a specific declared MIME type must agree with it. Refuses files over
 * the import limit, empty files, and anything that is not UTF-8 (or UTF-16
 * with a byte order mark) text.
 */
export function detectUpload(file: UploadedFile): DetectedUpload {
  const format = formatOf(file);
  if (file.bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new PayloadTooLargeError(`The file is larger than ${MAX_IMPORT_LABEL}.`);
  }
  const text = decodeText(file.bytes);
  if (text === "") throw new InvalidInputError("The file is empty.", { file: ["The file is empty."] });
  return { format, text };
}

function formatOf(file: UploadedFile): UploadFormat {
  const extension = /\.([^./\\]+)$/.exec(file.name.trim())?.[1]?.toLowerCase() ?? "";
  const format = Object.hasOwn(FORMAT_BY_EXTENSION, extension) ? FORMAT_BY_EXTENSION[extension] : undefined;
  if (!format) {
    const message = `Unsupported file type${extension ? ` .${extension}` : ""}: upload a ${ACCEPTED} file.`;
    throw new InvalidInputError(message, { file: [message] });
  }
  const declared = (file.type.split(";")[0] ?? "").trim().toLowerCase();
  if (!UNSPECIFIC_TYPES.has(declared) && !TYPES_BY_FORMAT[format].includes(declared)) {
    const message = `The file is named .${extension} but its type is ${declared}: upload a ${ACCEPTED} file.`;
    throw new InvalidInputError(message, { file: [message] });
  }
  return format;
}

function decodeText(bytes: Uint8Array): string {
  // Notepad's "Unicode" is UTF-16 with a byte order mark: text, though full of NUL bytes.
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : undefined;
  if (!utf16 && bytes.includes(0)) throw binary();
  let text: string;
  try {
    // fatal: malformed bytes throw instead of turning into U+FFFD; the BOM is stripped by default.
    text = new TextDecoder(utf16 ?? "utf-8", { fatal: true }).decode(bytes);
  } catch {
    const message = utf16
      ? "The file is not valid UTF-16 text."
      : "The file is not UTF-8 text: save it as UTF-8 and upload it again.";
    throw new InvalidInputError(message, { file: [message] });
  }
  if (text.includes("\u0000")) throw binary();
  return text;
}

function binary(): InvalidInputError {
  const message = `The file looks binary, not text: upload a ${ACCEPTED} file.`;
  return new InvalidInputError(message, { file: [message] });
}
