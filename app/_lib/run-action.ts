import { getLocale } from "next-intl/server";
import {
  runAction as runActionIn,
  runFormAction as runFormActionIn,
  translateResult,
  type ActionResult,
} from "@/lib/http/action-result";
import { idempotentAction as idempotentActionIn } from "@/lib/idempotency/idempotent-action";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

export type { ActionResult } from "@/lib/http/action-result";

/**
 * What server actions use to run a use case: lib/http/action-result.ts's
 * runAction and runFormAction, with failures in the viewer's language. lib/
 * cannot ask Next.js for the request's locale, so this is where it is asked,
 * once, and only when something failed. The /api/v1 routes do not come here:
 * programs get English.
 */
async function viewerLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

export function runAction<T>(work: () => Promise<T>, message?: string): Promise<ActionResult<T>> {
  return runActionIn(work, message, viewerLocale);
}

export function runFormAction<T>(
  form: FormData,
  work: (fields: Record<string, string>) => Promise<T>,
  message?: string,
): Promise<ActionResult<T>> {
  return runFormActionIn(form, work, message, viewerLocale);
}

/**
 * lib's idempotentAction, its own refusals (a malformed key) translated too; a
 * replayed answer is translated again, which leaves translated text as it is.
 */
export async function idempotentAction<T>(
  action: string,
  args: readonly unknown[],
  run: () => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const result = await idempotentActionIn(action, args, run);
  if (result.ok) return result;
  return translateResult(result, await viewerLocale().catch(() => DEFAULT_LOCALE));
}
