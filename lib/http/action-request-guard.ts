import { readCapped } from "@/lib/http/read-capped";
import {
  decodeUtf8,
  findInputProblem,
  scanJsonText,
  TOO_DEEP_MESSAGE,
  type InputProblem,
} from "@/lib/http/input-guards";

/**
 * The proxy's check of a server-action request (a POST with a `Next-Action`
 * header) before Next decodes it. Next answers every failure of its own
 * decoding with a 500: a body over `serverActions.bodySizeLimit` (its 413 is
 * turned into a 500), arguments nested thousands deep (React's decoder
 * recurses until the stack overflows). Refused here instead, writing nothing:
 * - more bytes than the limit, declared or streamed (chunked) → 413;
 * - arrays/objects nested deeper than MAX_INPUT_DEPTH → 400;
 * - bytes that are not UTF-8, or a JSON string escape of a lone UTF-16
 *   surrogate (`\ud800` without its pair) → 400, naming the argument.
 *
 * React encodes an action's arguments as one JSON text (text/plain) or, when
 * they hold a FormData or files, as multipart parts: JSON rows named by a
 * number ("0", "1") and the form's own fields ("1_title"), which are the
 * user's text and not JSON. Only the JSON rows are scanned for depth and
 * escapes; a form field cannot carry a lone surrogate (multipart is bytes,
 * decoded with replacement) and files are left to the code that reads them.
 * The cost is one linear pass over a body Next has already buffered for the
 * proxy (see test/fuzz/input-guards.test.ts for the measurement).
 */
export async function refuseBadActionRequest(request: Request, limitBytes: number): Promise<Response | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  // a build without the limit (next.config.js env) must not quietly accept any size
  if (!Number.isFinite(limitBytes) || limitBytes <= 0)
    throw new Error(`refuseBadActionRequest: no valid body limit (${limitBytes})`);
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limitBytes) return tooLarge(limitBytes);
  const bytes = await readCapped(request, limitBytes);
  if (!bytes) return tooLarge(limitBytes);
  const problem = await problemOfBody(bytes, request.headers.get("content-type") ?? "");
  return problem ? badRequest(problem) : null;
}

async function problemOfBody(bytes: Uint8Array, contentType: string): Promise<InputProblem | null> {
  if (/^multipart\/form-data/i.test(contentType)) {
    let form: FormData;
    try {
      form = await new Response(bytes as BodyInit, { headers: { "content-type": contentType } }).formData();
    } catch {
      return { field: "form", message: "The body is not valid multipart/form-data." };
    }
    for (const [name, value] of form.entries()) {
      if (typeof value !== "string" || !/^\d+$/.test(name)) continue;
      const problem = problemOfJsonRow(value, name);
      if (problem) return problem;
    }
    return null;
  }
  const text = decodeUtf8(bytes);
  if (text === null) return { field: "form", message: "The body is not valid UTF-8." };
  return problemOfJsonRow(text, "");
}

/** A JSON row of React's encoding: depth and lone surrogates, with the argument's path ("1.body") when it parses. */
function problemOfJsonRow(text: string, row: string): InputProblem | null {
  const scanned = scanJsonText(text);
  if (!scanned || scanned.message === TOO_DEEP_MESSAGE) return scanned;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return scanned;
  }
  const found = findInputProblem(value) ?? scanned;
  return { ...found, field: [row, found.field === "form" ? "" : found.field].filter(Boolean).join(".") || "form" };
}

function problemJson(
  status: number,
  title: string,
  detail: string,
  errors: { pointer: string; detail: string }[] = [],
): Response {
  const body = { type: "about:blank", title, status, detail, ...(errors.length ? { errors } : {}) };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", "cache-control": "no-store" },
  });
}

function tooLarge(limitBytes: number): Response {
  return problemJson(
    413,
    "Content Too Large",
    `The request is larger than ${Math.round(limitBytes / (1024 * 1024))} MB. Nothing was changed.`,
  );
}

function badRequest(problem: InputProblem): Response {
  const pointer = problem.field === "form" ? "" : `/${problem.field.split(".").join("/")}`;
  return problemJson(400, "Bad Request", `${problem.message} Nothing was changed.`, [
    { pointer, detail: problem.message },
  ]);
}
