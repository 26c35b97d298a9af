"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { beginTwoFactorEnrolmentAction } from "./actions";
import { FormOutcome } from "@/app/_components/form-outcome";

/** Step 1: make a new secret (kept until it is confirmed). */
export function BeginEnrolmentForm() {
  const t = useTranslations("account.twoFactor");
  const [state, action, busy] = useActionState(beginTwoFactorEnrolmentAction, null);
  return (
    <form action={action}>
      <FormOutcome state={state} success={false} />
      <button className="button" type="submit" disabled={busy}>
        {busy ? t("preparing") : t("begin")}
      </button>
    </form>
  );
}
