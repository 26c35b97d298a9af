"use server";

import { requireSessionUser } from "@/lib/auth/session";
import { changePassword, ChangePasswordInputSchema } from "@/lib/users/change-password";
import { runAction, type ActionResult } from "@/lib/http/action-result";

export async function changePasswordAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireSessionUser();
    await changePassword(user.id, ChangePasswordInputSchema.parse(Object.fromEntries(form)));
  }, "Your password was changed.");
}
