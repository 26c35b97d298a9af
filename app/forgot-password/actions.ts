"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { signInOriginOf } from "@/lib/auth/sign-in-origin";
import { requestPasswordReset, RequestPasswordResetInputSchema } from "@/lib/users/request-password-reset";
import { runFormAction, type ActionResult } from "@/app/_lib/run-action";

/** The same answer whether or not an account exists (no account probing). */
export async function requestPasswordResetAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const t = await getTranslations("auth.forgot");
  return runFormAction(
    form,
    async (fields) =>
      requestPasswordReset(RequestPasswordResetInputSchema.parse(fields), signInOriginOf(await headers())),
    t("sent"),
  );
}
