"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { InvalidInputError } from "@/lib/errors";
import { runFormAction, type ActionResult } from "@/app/_lib/run-action";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * A visitor who is not signed in picks the interface language (the menu on
 * the sign-in pages): kept in this browser's `locale` cookie. Signed-in people
 * choose on their account page, which wins over the cookie. Changes nothing
 * stored, so it needs no actor and writes no audit event.
 */
export async function chooseLocaleAction(
  _previous: ActionResult<unknown> | null,
  form: FormData,
): Promise<ActionResult<unknown>> {
  return runFormAction(form, async ({ locale }) => {
    if (!isLocale(locale))
      throw new InvalidInputError("Please correct the highlighted fields.", {
        locale: ["Choose a language from the list."],
      });
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: YEAR_SECONDS,
      sameSite: "lax",
      httpOnly: true,
      secure: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https:"),
    });
    revalidatePath("/", "layout");
    return { locale };
  });
}
