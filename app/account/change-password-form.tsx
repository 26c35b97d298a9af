"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import { NewPasswordFields } from "@/app/_components/new-password-fields";
import { changePasswordAction } from "./actions";

/** `continueHref`: after a required change, where to go on (shown with the success message). */
export function ChangePasswordForm({ hasPassword, continueHref }: { hasPassword: boolean; continueHref?: string }) {
  const t = useTranslations("account.password");
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} aria-labelledby="password-heading">
      <h2 id="password-heading">{hasPassword ? t("changeHeading") : t("setHeading")}</h2>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      {state?.ok && (
        <p role="status" className="alert success">
          {state.message} {continueHref && <Link href={continueHref}>{t("continue")}</Link>}
        </p>
      )}
      {hasPassword && (
        <Field id="currentPassword" label={t("current")} errors={errors.currentPassword}>
          <input
            type="password"
            autoComplete="current-password"
            required
            {...fieldAria("currentPassword", errors.currentPassword)}
          />
        </Field>
      )}
      <NewPasswordFields
        name="newPassword"
        label={t("new")}
        hint={t("newHint")}
        repeatLabel={t("repeat")}
        errors={errors}
      />
      <button className="button" type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
