/**
 * The closed set of domain errors. lib/ throws only these (or lets unexpected
 * errors through); app/ maps them to HTTP statuses and action results in one
 * place (lib/http/error-response.ts).
 */
export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Not signed in (401). */
export class UnauthenticatedError extends DomainError {
  constructor(message = "Sign in to continue.") {
    super(message);
  }
}

/** Does not exist, or exists in a workspace the actor cannot see (404). */
export class NotFoundError extends DomainError {
  constructor(what = "Resource") {
    super(`${what} not found.`);
  }
}

/** Visible, but this role may not do it (403). */
export class ForbiddenError extends DomainError {
  constructor(message = "You are not allowed to do that.") {
    super(message);
  }
}

/** Stale version, duplicate, or a rule about the current state (409). */
export class ConflictError extends DomainError {}

/** Bad input, with messages per field (400). */
export class InvalidInputError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

/** Body or upload too large (413). */
export class PayloadTooLargeError extends DomainError {}

/** The database cannot be reached right now (503): nothing was changed, and trying again later may work. */
export class ServiceUnavailableError extends DomainError {
  constructor(message = "The database is not reachable right now. Nothing was changed; try again in a moment.") {
    super(message);
  }
}

/** A workflow event that the current state does not allow (409). */
export class InvalidTransitionError extends DomainError {}
