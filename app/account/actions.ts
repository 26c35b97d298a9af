"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireSessionUser } from "@/lib/auth/session";
import { changePassword, ChangePasswordInputSchema } from "@/lib/users/change-password";
import { signOutSession, SignOutSessionInputSchema } from "@/lib/users/sign-out-session";
import { signOutEverywhere } from "@/lib/users/sign-out-everywhere";
import { updateTimeZone, UpdateTimeZoneInputSchema } from "@/lib/users/update-time-zone";
import { updateLocale, UpdateLocaleInputSchema } from "@/lib/users/update-locale";
import { getTranslations } from "next-intl/server";
import { browserLocale } from "@/app/_lib/i18n-request";
import { runFormAction, type ActionResult } from "@/app/_lib/run-action";

// Credentials (password, sessions, two-factor) are browser-only: a token must not change how its person signs in. Language and
// time zone also have an API route (PUT /api/v1/me/preferences), through the same use cases.
// A user who must replace a temporary password may still do these (allowPendingPasswordChange).
const me = () => requireSessionUser({ allowPendingPasswordChange: true });
const said = () => getTranslations("account.actions");

export async function changePasswordAction(
  _previous: ActionResult<unknown> | null,
  form: FormData,
): Promise<ActionResult<unknown>> {
  return runFormAction(
    form,
    async (fields) => changePassword(await me(), ChangePasswordInputSchema.parse(fields)),
    (await said())("passwordChanged"),
  );
}

export async function signOutSessionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runFormAction(
    form,
    async (fields) => signOutSession(await me(), SignOutSessionInputSchema.parse(fields)).then(refreshAccountPage),
    (await said())("sessionSignedOut"),
  );
}

export async function signOutOtherSessionsAction(
  _previous: ActionResult<unknown> | null,
  form: FormData,
): Promise<ActionResult<unknown>> {
  return runFormAction(
    form,
    async () => signOutEverywhere(await me(), { keepCurrent: true }).then(refreshAccountPage),
    (await said())("otherSessionsSignedOut"),
  );
}

export async function signOutEverywhereAction(
  _previous: ActionResult<unknown> | null,
  form: FormData,
): Promise<ActionResult<unknown>> {
  const result = await runFormAction(form, async () => signOutEverywhere(await me(), { keepCurrent: false }));
  // this browser's session ended too: on to the sign-in page (outside runFormAction, which would catch the redirect)
  if (result.ok) redirect("/signin?signedOut=everywhere");
  return result;
}

export async function updateTimeZoneAction(
  _previous: ActionResult<unknown> | null,
  form: FormData,
): Promise<ActionResult<unknown>> {
  const result = await runFormAction(
    form,
    async (fields) => updateTimeZone(await requireSessionUser(), UpdateTimeZoneInputSchema.parse(fields)),
    (await said())("timeZoneSaved"),
  );
  // every page's times change: the root layout holds the zone
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function updateLocaleAction(
  _previous: ActionResult<unknown> | null,
  form: FormData,
): Promise<ActionResult<unknown>> {
  const result = await runFormAction(form, async (fields) =>
    updateLocale(await requireSessionUser(), UpdateLocaleInputSchema.parse(fields)),
  );
  if (!result.ok) return result;
  // every page's text changes: the root layout holds the language. The message is in the language just chosen.
  revalidatePath("/", "layout");
  const t = await getTranslations({ locale: result.data.locale ?? (await browserLocale()), namespace: "language" });
  return { ...result, message: t("saved") };
}

/** the sessions list shows the change at once */
function refreshAccountPage(): void {
  revalidatePath("/account");
}
