"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireSessionUser } from "@/lib/auth/session";
import { runFormAction, type ActionResult } from "@/app/_lib/run-action";
import { beginTwoFactorEnrolment } from "@/lib/auth/two-factor/begin-two-factor-enrolment";
import { confirmTwoFactorEnrolment, type RecoveryCodesDto } from "@/lib/auth/two-factor/confirm-two-factor-enrolment";
import { regenerateRecoveryCodes } from "@/lib/auth/two-factor/regenerate-recovery-codes";
import { disableTwoFactor } from "@/lib/auth/two-factor/disable-two-factor";
import {
  DisableTwoFactorInputSchema,
  TotpCodeInputSchema,
  TwoFactorCodeInputSchema,
} from "@/lib/auth/two-factor/schemas";

// Personal account actions (browser only: an API token acts for a workspace, not for a person's sign-in).
const PAGE = "/account/two-factor";
const said = () => getTranslations("account.actions");

export async function beginTwoFactorEnrolmentAction(
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const result = await runFormAction(form, async () => beginTwoFactorEnrolment((await requireSessionUser()).id));
  if (result.ok) revalidatePath(PAGE);
  return result;
}

/** Not revalidated: the recovery codes in the result are shown once, until the person says they saved them. */
export async function confirmTwoFactorEnrolmentAction(
  _previous: ActionResult<RecoveryCodesDto> | null,
  form: FormData,
): Promise<ActionResult<RecoveryCodesDto>> {
  return runFormAction(
    form,
    async (fields) => confirmTwoFactorEnrolment((await requireSessionUser()).id, TotpCodeInputSchema.parse(fields)),
    (await said())("twoFactorOn"),
  );
}

export async function regenerateRecoveryCodesAction(
  _previous: ActionResult<RecoveryCodesDto> | null,
  form: FormData,
): Promise<ActionResult<RecoveryCodesDto>> {
  return runFormAction(
    form,
    async (fields) => regenerateRecoveryCodes((await requireSessionUser()).id, TwoFactorCodeInputSchema.parse(fields)),
    (await said())("codesRegenerated"),
  );
}

export async function disableTwoFactorAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runFormAction(
    form,
    async (fields) => disableTwoFactor((await requireSessionUser()).id, DisableTwoFactorInputSchema.parse(fields)),
    (await said())("twoFactorOff"),
  );
  if (result.ok) revalidatePath(PAGE);
  return result;
}
