/** The one mapping from error classes to problem codes, and its agreement with the app's status mapping. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidInputError,
  InvalidTransitionError,
  NotFoundError,
  PayloadTooLargeError,
  ServiceUnavailableError,
  UnauthenticatedError,
} from "@/lib/errors";
import {
  ApiAuthenticationError,
  BadRequestError,
  PreconditionFailedError,
  RateLimitedError,
  UnsupportedMediaTypeError,
} from "@/lib/api/http/api-errors";
import { MalformedCursorError } from "@/lib/paging/newest-first";
import { IdempotencyKeyReusedError } from "@/lib/idempotency/with-idempotency";
import { PROBLEM_CODES, PROBLEM_STATUS, problemCodeOf } from "@/lib/api/http/problem-codes";
import { apiStatusOf } from "@/lib/api/http/problem-response";
import { statusOf } from "@/lib/http/action-result";

describe("problemCodeOf", () => {
  it.each([
    [new BadRequestError("malformed"), "invalid_input"],
    [new MalformedCursorError(), "invalid_input"],
    [new InvalidInputError("refused"), "unprocessable"],
    [new IdempotencyKeyReusedError(), "unprocessable"],
    [z.string().safeParse(1).error, "unprocessable"],
    [new UnauthenticatedError(), "unauthenticated"],
    [new ApiAuthenticationError("bad token", "invalid_token"), "unauthenticated"],
    [new ForbiddenError(), "forbidden"],
    [new NotFoundError("Claim"), "not_found"],
    [new ConflictError("taken"), "conflict"],
    [new InvalidTransitionError("approved already"), "invalid_transition"],
    [new PreconditionFailedError("Claim"), "precondition_failed"],
    [new PayloadTooLargeError("big"), "payload_too_large"],
    [new UnsupportedMediaTypeError("pdf"), "unsupported_media_type"],
    [new RateLimitedError(3), "rate_limited"],
    [new ServiceUnavailableError(), "unavailable"],
    [new Error("a bug"), "internal_error"],
    [new DomainError("a domain error nobody classified"), "internal_error"],
    ["a string", "internal_error"],
  ])("%s → %s", (error, code) => {
    expect(problemCodeOf(error)).toBe(code);
  });

  it("gives every code a status, and codes are snake_case", () => {
    for (const code of PROBLEM_CODES) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(PROBLEM_STATUS[code]).toBeGreaterThanOrEqual(400);
    }
  });

  it("agrees with the app's one status mapping, except that the API answers a use case's refused input with 422", () => {
    const domainErrors = [
      new UnauthenticatedError(),
      new ForbiddenError(),
      new NotFoundError(),
      new ConflictError("x"),
      new InvalidTransitionError("x"),
      new PayloadTooLargeError("x"),
      new ServiceUnavailableError(),
      new Error("bug"),
    ];
    for (const error of domainErrors) expect(apiStatusOf(error), error.name).toBe(statusOf(error));
    expect(statusOf(new InvalidInputError("x"))).toBe(400);
    expect(apiStatusOf(new InvalidInputError("x"))).toBe(422);
  });
});
