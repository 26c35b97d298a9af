import { ZodError } from "zod";
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  InvalidTransitionError,
  NotFoundError,
  PayloadTooLargeError,
  ServiceUnavailableError,
  UnauthenticatedError,
} from "@/lib/errors";
import {
  BadRequestError,
  PreconditionFailedError,
  RateLimitedError,
  UnsupportedMediaTypeError,
} from "@/lib/api/http/api-errors";
import { MalformedCursorError } from "@/lib/paging/newest-first";

/**
 * The stable, machine-readable `code` of every API problem, and its HTTP
 * status. Clients branch on the code (several codes can share a status:
 * `conflict` and `invalid_transition` are both 409); the codes are part of
 * the API's contract, listed as an enum in the OpenAPI document: add, never
 * rename.
 */
export const PROBLEM_STATUS = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
} as const;

export type ProblemCode = keyof typeof PROBLEM_STATUS;
export const PROBLEM_CODES = Object.keys(PROBLEM_STATUS) as [ProblemCode, ...ProblemCode[]];

/**
 * The one mapping from the app's error classes (lib/errors.ts, and the API's
 * own in lib/api/http/api-errors.ts) to problem codes, for an error already
 * translated from the database (translateDatabaseError). Subclasses come
 * before their parents: a BadRequestError (or a forged page cursor,
 * MalformedCursorError) is an InvalidInputError (400, the request is
 * malformed) where a plain InvalidInputError is input a use case refused
 * against stored data (422); anything unknown is our bug (500).
 */
export function problemCodeOf(error: unknown): ProblemCode {
  if (error instanceof BadRequestError || error instanceof MalformedCursorError) return "invalid_input";
  if (error instanceof InvalidInputError || error instanceof ZodError) return "unprocessable";
  if (error instanceof UnauthenticatedError) return "unauthenticated";
  if (error instanceof ForbiddenError) return "forbidden";
  if (error instanceof NotFoundError) return "not_found";
  if (error instanceof InvalidTransitionError) return "invalid_transition";
  if (error instanceof ConflictError) return "conflict";
  if (error instanceof PreconditionFailedError) return "precondition_failed";
  if (error instanceof PayloadTooLargeError) return "payload_too_large";
  if (error instanceof UnsupportedMediaTypeError) return "unsupported_media_type";
  if (error instanceof RateLimitedError) return "rate_limited";
  if (error instanceof ServiceUnavailableError) return "unavailable";
  return "internal_error";
}
