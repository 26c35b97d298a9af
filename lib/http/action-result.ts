import { ZodError } from "zod";
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
  type FieldErrors,
} from "@/lib/errors";
import { translateDatabaseError } from "@/lib/db/errors";
import { findInputProblem } from "@/lib/http/input-guards";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translateServerText, translateZodIssue } from "@/lib/i18n/server-text";

/** What a server action returns to its form. */
export type ActionResult<T = void> =
  | { ok: true; data: T; message?: string }
  | { ok: false; status: number; error: string; fieldErrors: FieldErrors; values?: Record<string, string> };

/**
 * Domain errors to HTTP statuses for server actions and pages. The API maps the same classes to
 * problem codes in lib/api/http/problem-codes.ts, where a refused input is 422 rather than a form's 400;
 * problem-codes.test.ts keeps the two in agreement everywhere else.
 */
export function statusOf(thrown: unknown): number {
  const error = translateDatabaseError(thrown);
  if (error instanceof ZodError || error instanceof InvalidInputError) return 400;
  if (error instanceof UnauthenticatedError) return 401;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError || error instanceof InvalidTransitionError) return 409;
  if (error instanceof PayloadTooLargeError) return 413;
  if (error instanceof ServiceUnavailableError) return 503;
  return 500;
}

export function fieldErrorsOf(error: ZodError, locale: Locale = DEFAULT_LOCALE): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (out[key] ??= []).push(translateZodIssue(issue, locale));
  }
  return out;
}

/**
 * Turns a thrown error into a failed ActionResult, its texts in the viewer's
 * language (lib/ writes them in English; lib/i18n/server-text.ts translates).
 * Unexpected errors are logged with an id and reported without internals.
 */
export function failure(thrown: unknown, locale: Locale = DEFAULT_LOCALE): ActionResult<never> {
  const error = malformedArguments(translateDatabaseError(thrown));
  const status = statusOf(error);
  const say = (text: string) => translateServerText(text, locale);
  if (error instanceof ZodError)
    return {
      ok: false,
      status,
      error: say("Please correct the highlighted fields."),
      fieldErrors: fieldErrorsOf(error, locale),
    };
  if (error instanceof InvalidInputError)
    return {
      ok: false,
      status,
      error: say(error.message),
      fieldErrors: translateFieldErrors(error.fieldErrors, locale),
    };
  if (error instanceof DomainError) return { ok: false, status, error: say(error.message), fieldErrors: {} };
  const errorId = crypto.randomUUID();
  console.error(`[factdesk] unexpected error ${errorId}`, error);
  return {
    ok: false,
    status,
    error: say(`Something went wrong (error id ${errorId}). Nothing was changed.`),
    fieldErrors: {},
  };
}

/**
 * A failed ActionResult built elsewhere (an idempotent replay, a wrapper's
 * own refusal) in `locale`; texts already translated or unknown stay as they are.
 */
export function translateResult<T>(result: ActionResult<T>, locale: Locale): ActionResult<T> {
  if (result.ok || locale === DEFAULT_LOCALE) return result;
  return {
    ...result,
    error: translateServerText(result.error, locale),
    fieldErrors: translateFieldErrors(result.fieldErrors, locale),
  };
}

function translateFieldErrors(fieldErrors: FieldErrors, locale: Locale): FieldErrors {
  if (locale === DEFAULT_LOCALE) return fieldErrors;
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => [
      field,
      messages.map((message) => translateServerText(message, locale)),
    ]),
  );
}

/**
 * The language a failure is reported in: a locale, or how to find the
 * request's (asked only when something failed). Finding it may itself fail
 * (no request, no session): English then, never a second error.
 */
export type LocaleSource = Locale | (() => Locale | Promise<Locale>);

async function resolveLocale(source: LocaleSource | undefined): Promise<Locale> {
  if (source === undefined || typeof source === "string") return source ?? DEFAULT_LOCALE;
  try {
    return await source();
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * A server action's arguments are whatever the caller posted, decoded from
 * JSON: an object where a FormData or a string belongs makes the action's own
 * code throw a TypeError before any use case runs. That is the caller's bad
 * request (400), not our failure; it is still logged, in case it was ours.
 */
function malformedArguments(error: unknown): unknown {
  if (!(error instanceof TypeError)) return error;
  console.warn("[factdesk] action refused: its arguments have the wrong shape", error.message);
  const message = "The request's arguments do not have the expected shape.";
  return new InvalidInputError(message, { form: [message] });
}

/** Runs a use case and wraps its outcome for a form, a failure in `locale` (app/_lib/run-action.ts passes the viewer's). */
export async function runAction<T>(
  work: () => Promise<T>,
  message?: string,
  locale?: LocaleSource,
): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work(), ...(message ? { message } : {}) };
  } catch (error) {
    return failure(error, await resolveLocale(locale));
  }
}

/** A form's text fields as a plain object (file inputs become ""). */
export function formFields(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].map(([key, value]) => [key, typeof value === "string" ? value : ""]));
}

/**
 * runAction for a submitted form: on failure the entered values come back
 * (except passwords), so the form can show them again next to the errors.
 */
export async function runFormAction<T>(
  form: FormData,
  work: (fields: Record<string, string>) => Promise<T>,
  message?: string,
  locale?: LocaleSource,
): Promise<ActionResult<T>> {
  // the "form" argument is whatever the caller posted: only a FormData is one
  if (!(form instanceof FormData))
    return failure(
      new InvalidInputError("Send the form's fields as form data.", { form: ["Send the form's fields as form data."] }),
      await resolveLocale(locale),
    );
  const problem = findInputProblem(form);
  if (problem)
    return failure(
      new InvalidInputError(problem.message, { [problem.field]: [problem.message] }),
      await resolveLocale(locale),
    );
  const fields = formFields(form);
  const result = await runAction(() => work(fields), message, locale);
  if (result.ok) return result;
  const values = Object.fromEntries(Object.entries(fields).filter(([key]) => !/password/i.test(key)));
  return { ...result, values };
}
