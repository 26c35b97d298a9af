import { z, ZodError } from "zod";
import {
  DomainError,
  InvalidInputError,
  ServiceUnavailableError,
  UnauthenticatedError,
  type FieldErrors,
} from "@/lib/errors";
import { translateDatabaseError } from "@/lib/db/errors";
import { componentLogger } from "@/lib/ops/logger";
import { ApiAuthenticationError, RateLimitedError } from "@/lib/api/http/api-errors";
import { PROBLEM_CODES, PROBLEM_STATUS, problemCodeOf } from "@/lib/api/http/problem-codes";

/** RFC 9457 (formerly 7807) problem details: the body of every API error. */
export const ProblemSchema = z
  .object({
    type: z.string().describe('always "about:blank": the status and title say what happened'),
    title: z.string(),
    status: z.number().int(),
    code: z
      .enum(PROBLEM_CODES)
      .describe("what went wrong, for programs: stable, one per kind of refusal (several may share a status)"),
    detail: z.string().optional(),
    instance: z.string().optional().describe("the request path"),
    errors: z
      .array(
        z.object({
          pointer: z.string().describe("JSON Pointer to the offending field of the body or query"),
          detail: z.string(),
        }),
      )
      .optional()
      .describe("field errors (400, 422)"),
    requestId: z
      .string()
      .optional()
      .describe("the request's X-Request-Id: quote it when reporting a problem (it finds the request's log lines)"),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_MEDIA_TYPE = "application/problem+json";

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  412: "Precondition Failed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function problemTitle(status: number): string {
  return TITLES[status] ?? "Error";
}

/** The status of an API error: the status of its problem code (lib/api/http/problem-codes.ts, the one mapping). */
export function apiStatusOf(error: unknown): number {
  return PROBLEM_STATUS[problemCodeOf(translateDatabaseError(error))];
}

const log = componentLogger("api");
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's X-Request-Id (set by the server on every request), if it is a plain short id. */
export function requestIdOf(request: Request | undefined): string | undefined {
  const id = request?.headers.get("x-request-id");
  return id && ACCEPTABLE_REQUEST_ID.test(id) ? id : undefined;
}

/**
 * Turns any thrown error into a problem+json Response with its stable `code`
 * and the request's id. Unexpected errors are logged with that id (a fresh
 * one when the request had none) and reported without internals.
 */
export function problemResponse(
  thrown: unknown,
  instance: string,
  headers: Record<string, string> = {},
  requestId?: string,
): Response {
  const error = translateDatabaseError(thrown);
  const code = problemCodeOf(error);
  const status = PROBLEM_STATUS[code];
  const problem: Problem = {
    type: "about:blank",
    title: problemTitle(status),
    status,
    code,
    instance,
    ...(requestId ? { requestId } : {}),
  };
  const extra: Record<string, string> = {};
  if (status === 500) {
    problem.requestId ??= crypto.randomUUID();
    problem.detail = "Something went wrong on our side. Nothing was changed.";
    log.error({ err: error, requestId: problem.requestId, instance }, "unexpected API error");
  } else if (error instanceof DomainError) {
    problem.detail = error.message;
  } else if (error instanceof ZodError) {
    problem.detail = "The input is not valid.";
  }
  const fieldErrors =
    error instanceof InvalidInputError ? error.fieldErrors : error instanceof ZodError ? zodFieldErrors(error) : {};
  if (Object.keys(fieldErrors).length > 0) problem.errors = toPointers(fieldErrors);
  if (error instanceof UnauthenticatedError) extra["WWW-Authenticate"] = challenge(error);
  if (error instanceof RateLimitedError) extra["Retry-After"] = String(error.retryAfterSeconds);
  if (error instanceof ServiceUnavailableError) extra["Retry-After"] = "5";
  return new Response(JSON.stringify(problem), {
    status,
    headers: { ...headers, ...extra, "Content-Type": PROBLEM_MEDIA_TYPE, "Cache-Control": "no-store" },
  });
}

/** RFC 6750 §3: no error code when no credentials were sent. */
function challenge(error: UnauthenticatedError): string {
  const bearerError = error instanceof ApiAuthenticationError ? error.bearerError : null;
  if (!bearerError) return 'Bearer realm="factdesk"';
  return `Bearer realm="factdesk", error="${bearerError}", error_description="${error.message.replace(/["\\`]/g, "")}"`;
}

export function zodFieldErrors(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

// "evidence.0.url" and "items[0].target" → "/evidence/0/url" and "/items/0/target"; a form-level message ("" or "form") points at the whole body.
function toPointers(fieldErrors: FieldErrors): NonNullable<Problem["errors"]> {
  return Object.entries(fieldErrors).flatMap(([field, messages]) => {
    const parts = field
      .replace(/\[(\d+)\]/g, ".$1")
      .split(".")
      .filter((p) => p !== "");
    const whole = parts.length === 0 || field === "form" || field === "(document)";
    const pointer = whole ? "" : `/${parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;
    return messages.map((detail) => ({ pointer, detail }));
  });
}
