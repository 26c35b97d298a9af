import { PayloadTooLargeError } from "@/lib/errors";

/** The largest text, file or fetched page the importer accepts: 5 MiB of UTF-8. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_LABEL = "5 MB";

/** Longest suggested title, in code points (a Postgres varchar counts code points). */
export const MAX_TITLE_LENGTH = 300;

/**
 * Refuses text whose UTF-8 form exceeds the import limit. Checked before any
 * parsing, because parser cost grows with input size.
 */
export function assertWithinImportLimit(text: string): void {
  // Cheap bound first: every UTF-16 code unit is at most 3 UTF-8 bytes.
  if (text.length * 3 <= MAX_IMPORT_BYTES) return;
  if (Buffer.byteLength(text, "utf8") > MAX_IMPORT_BYTES) {
    throw new PayloadTooLargeError(`The article is larger than ${MAX_IMPORT_LABEL}.`);
  }
}
