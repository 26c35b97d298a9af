"use server";

import { headers } from "next/headers";
import { signInOriginOf } from "@/lib/auth/sign-in-origin";
import { requestPasswordReset, RequestPasswordResetInputSchema } from "@/lib/users/request-password-reset";
import { runFormAction, type ActionResult } from "@/lib/http/action-result";

/** The same answer whether or not an account exists (no account probing). */
export async function requestPasswordResetAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runFormAction(
    form,
    async (fields) => requestPasswordReset(RequestPasswordResetInputSchema.parse(fields), signInOriginOf(await headers())),
    "If an account exists for that address, we sent a link to it. It works once, for 1 hour.",
  );
}
