"use server";

import { getTranslations } from "next-intl/server";
import { resetPassword, ResetPasswordInputSchema } from "@/lib/users/reset-password";
import { runFormAction, type ActionResult } from "@/app/_lib/run-action";

/** Sets the password from the link; every session of the account has ended, so the person signs in next. */
export async function resetPasswordAction(
  token: string,
  _previous: ActionResult<unknown> | null,
  form: FormData,
): Promise<ActionResult<unknown>> {
  const t = await getTranslations("auth.reset");
  return runFormAction(
    form,
    async (fields) => resetPassword(ResetPasswordInputSchema.parse({ ...fields, token })),
    t("done"),
  );
}
