"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { NewPasswordFields } from "@/app/_components/new-password-fields";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({
  token,
  email,
  submitLabel,
}: {
  token: string;
  email: string;
  submitLabel: string;
}) {
  const t = useTranslations("auth.reset");
  const [state, action, pending] = useActionState(resetPasswordAction.bind(null, token), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  if (state?.ok) {
    return (
      <p role="status" className="alert success">
        {state.message} <Link href="/signin">{t("signInWithIt")}</Link>
      </p>
    );
  }
  return (
    <form action={action} aria-label={submitLabel}>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      {/* lets password managers store the new password under the right account */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields
        name="newPassword"
        label={t("newPassword")}
        hint={t("newPasswordHint")}
        repeatLabel={t("repeat")}
        errors={errors}
      />
      <button className="button block" type="submit" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
