import { PayloadTooLargeError } from "@/lib/errors";
import { BadRequestError, UnsupportedMediaTypeError } from "@/lib/api/api-errors";

export interface RequestBody {
  /** the media type, lowercased, without parameters */
  mediaType: string;
  text: string;
}

/**
 * Reads a request body as UTF-8 text, refusing before any parsing: a media
 * type the operation does not accept (415), more than `maxBytes` (413, by the
 * declared Content-Length or while streaming, so a lying client cannot make
 * us buffer more), bytes that are not UTF-8 (400).
 */
export async function readRequestBody(request: Request, options: { mediaTypes: readonly string[]; maxBytes: number }): Promise<RequestBody> {
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!options.mediaTypes.includes(mediaType)) {
    throw new UnsupportedMediaTypeError(`Send the body as ${options.mediaTypes.join(" or ")}${mediaType ? `, not ${mediaType}` : " (Content-Type is missing)"}.`);
  }
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > options.maxBytes) throw tooLarge(options.maxBytes);
  const bytes = await readCapped(request, options.maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new BadRequestError("The body is not valid UTF-8.");
  }
  if (text.includes("\u0000")) throw nulRefused("The body");
  return { mediaType, text };
}

/** JSON.parse with a 400 instead of a SyntaxError, refusing NUL characters inside strings (escaped as \u0000). */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text, (_key, value: unknown) => {
      if (typeof value === "string" && value.includes("\u0000")) throw nulRefused("A string in the body");
      return value;
    });
  } catch (error) {
    if (error instanceof BadRequestError) throw error;
    throw new BadRequestError("The body is not valid JSON.");
  }
}

/** PostgreSQL text cannot hold U+0000: refused here, at the boundary, instead of failing in the database (500). */
export function nulRefused(what: string): BadRequestError {
  return new BadRequestError(`${what} contains a NUL character (U+0000), which cannot be stored.`);
}

async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function tooLarge(maxBytes: number): PayloadTooLargeError {
  return new PayloadTooLargeError(`The body is larger than ${Math.round(maxBytes / 1024)} KiB.`);
}
