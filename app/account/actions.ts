"use server";

import { requireSessionUser } from "@/lib/auth/session";
import { changePassword, ChangePasswordInputSchema } from "@/lib/users/change-password";
import { runFormAction, type ActionResult } from "@/lib/http/action-result";

export async function changePasswordAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runFormAction(
    form,
    async (fields) => changePassword((await requireSessionUser()).id, ChangePasswordInputSchema.parse(fields)),
    "Your password was changed.",
  );
}
