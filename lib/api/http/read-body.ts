import { PayloadTooLargeError } from "@/lib/errors";
import { BadRequestError, UnsupportedMediaTypeError } from "@/lib/api/http/api-errors";
import { readCapped } from "@/lib/http/read-capped";
import { findInputProblem, MAX_INPUT_DEPTH, scanJsonText, TOO_DEEP_MESSAGE } from "@/lib/http/input-guards";

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
export async function readRequestBody(
  request: Request,
  options: { mediaTypes: readonly string[]; maxBytes: number },
): Promise<RequestBody> {
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!options.mediaTypes.includes(mediaType)) {
    throw new UnsupportedMediaTypeError(
      `Send the body as ${options.mediaTypes.join(" or ")}${mediaType ? `, not ${mediaType}` : " (Content-Type is missing)"}.`,
    );
  }
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > options.maxBytes) throw tooLarge(options.maxBytes);
  const bytes = await readCapped(request, options.maxBytes);
  if (!bytes) throw tooLarge(options.maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new BadRequestError("The body is not valid UTF-8.");
  }
  if (text.includes("\u0000")) throw nulRefused("The body");
  return { mediaType, text };
}

/**
 * JSON.parse with a 400 instead of a SyntaxError. Refused with 400 as well:
 * nesting deeper than MAX_INPUT_DEPTH (counted before parsing, so a
 * 20,000-deep body never reaches a recursive validator), NUL characters
 * inside strings (escaped as \u0000) and lone UTF-16 surrogates (escaped as
 * \ud800 without its pair), the last two naming the field.
 */
export function parseJsonText(text: string): unknown {
  const scanned = scanJsonText(text);
  if (scanned?.message === TOO_DEEP_MESSAGE)
    throw new BadRequestError(`The body nests deeper than ${MAX_INPUT_DEPTH} levels.`);
  let value: unknown;
  try {
    value = JSON.parse(text, (_key, value: unknown) => {
      if (typeof value === "string" && value.includes("\u0000")) throw nulRefused("A string in the body");
      return value;
    });
  } catch (error) {
    if (error instanceof BadRequestError) throw error;
    throw new BadRequestError("The body is not valid JSON.");
  }
  // a lone surrogate ends the scan early: the whole value is walked again, for its depth too and to name the field
  const problem = scanned ? findInputProblem(value) : null;
  if (problem)
    throw new BadRequestError(`The body is not valid: ${problem.message}`, {
      [problem.field === "form" ? "" : problem.field]: [problem.message],
    });
  return value;
}

/** PostgreSQL text cannot hold U+0000: refused here, at the boundary, instead of failing in the database (500). */
export function nulRefused(what: string): BadRequestError {
  return new BadRequestError(`${what} contains a NUL character (U+0000), which cannot be stored.`);
}

function tooLarge(maxBytes: number): PayloadTooLargeError {
  return new PayloadTooLargeError(`The body is larger than ${Math.round(maxBytes / 1024)} KiB.`);
}
