import { DomainError, InvalidInputError, UnauthenticatedError, type FieldErrors } from "@/lib/errors";

/**
 * HTTP-level refusals of the public API, on top of the closed set in
 * lib/errors.ts (which the use cases throw). Mapped to problem details in
 * lib/api/http/problem-response.ts.
 */

/** 401 with an RFC 6750 challenge: `error` is set when a token was sent but is not valid. */
export class ApiAuthenticationError extends UnauthenticatedError {
  constructor(
    message: string,
    readonly bearerError: "invalid_request" | "invalid_token" | null,
  ) {
    super(message);
  }
}

/**
 * 400: the request itself is malformed (bad JSON, a body or query that does
 * not match the schema). Invalid input that a use case finds against stored
 * data (a quote that is not in the article, an unknown rating) is 422.
 */
export class BadRequestError extends InvalidInputError {
  constructor(message: string, fieldErrors: FieldErrors = {}) {
    super(message, fieldErrors);
  }
}

/** 415: a body in a media type the operation does not accept. */
export class UnsupportedMediaTypeError extends DomainError {}

/** 429: the token used up its requests for this window. */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests. Try again in ${retryAfterSeconds} s.`);
  }
}

/** 412: an If-Match that names another state of the resource than the current one; nothing was changed. */
export class PreconditionFailedError extends DomainError {
  constructor(what: string) {
    super(
      `The ${what.toLowerCase()} changed since you read it (If-Match does not match its ETag). Nothing was changed: read it again and retry.`,
    );
  }
}
