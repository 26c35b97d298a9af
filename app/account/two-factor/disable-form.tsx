"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import { disableTwoFactorAction } from "./actions";
import { FormOutcome } from "@/app/_components/form-outcome";

/** Turning two-factor off needs the password (when the account has one) and a current code. */
export function DisableForm({ hasPassword, requiredBy }: { hasPassword: boolean; requiredBy: string[] }) {
  const t = useTranslations("account.twoFactor");
  const [state, action, busy] = useActionState(disableTwoFactorAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} aria-labelledby="disable-heading">
      <h2 id="disable-heading">{t("disableHeading")}</h2>
      {requiredBy.length > 0 && (
        <p className="alert warning">
          {t("disableRequiredBy", { workspaces: requiredBy.join(", "), count: requiredBy.length })}
        </p>
      )}
      <FormOutcome state={state} success={false} />
      {hasPassword && (
        <Field id="disable-password" label={t("password")} errors={errors.password}>
          <input
            type="password"
            autoComplete="current-password"
            required
            {...fieldAria("disable-password", errors.password)}
            name="password"
          />
        </Field>
      )}
      <Field id="disable-code" label={t("currentCode")} hint={t("currentCodeHint")} errors={errors.code}>
        <input
          type="text"
          autoComplete="one-time-code"
          required
          {...fieldAria("disable-code", errors.code, true)}
          name="code"
        />
      </Field>
      <button className="button danger" type="submit" disabled={busy}>
        {busy ? t("turningOff") : t("turnOff")}
      </button>
    </form>
  );
}
