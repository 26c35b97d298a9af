"use server";

import { redirect } from "next/navigation";
import { resetPassword, ResetPasswordInputSchema } from "@/lib/users/reset-password";
import { runFormAction, type ActionResult } from "@/lib/http/action-result";

/** Sets the password from the link, then on to sign-in (every session of the account has ended). */
export async function resetPasswordAction(token: string, _previous: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const result = await runFormAction(form, async (fields) => resetPassword(ResetPasswordInputSchema.parse({ ...fields, token })));
  // outside runFormAction, which would catch the redirect
  if (result.ok) redirect("/signin?passwordSet=1");
  return result;
}
