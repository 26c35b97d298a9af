"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import { regenerateRecoveryCodesAction } from "./actions";
import { RecoveryCodesPanel } from "./recovery-codes-panel";

/** New recovery codes for a current code (the old ones stop working). */
export function RegenerateCodesForm() {
  const t = useTranslations("account.twoFactor");
  const [state, action, busy] = useActionState(regenerateRecoveryCodesAction, null);
  if (state?.ok) return <RecoveryCodesPanel codes={state.data.recoveryCodes} message={state.message} />;
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} aria-labelledby="regenerate-heading">
      <h2 id="regenerate-heading">{t("regenerateHeading")}</h2>
      <p className="muted">{t("regenerateHint")}</p>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      <Field id="regenerate-code" label={t("currentCode")} hint={t("currentCodeHint")} errors={errors.code}>
        <input
          type="text"
          autoComplete="one-time-code"
          required
          {...fieldAria("regenerate-code", errors.code, true)}
          name="code"
        />
      </Field>
      <button className="button secondary" type="submit" disabled={busy}>
        {busy ? t("making") : t("regenerate")}
      </button>
    </form>
  );
}
