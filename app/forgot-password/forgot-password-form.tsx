"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import { requestPasswordResetAction } from "./actions";
import { FormOutcome } from "@/app/_components/form-outcome";

export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgot");
  const [state, action, pending] = useActionState(requestPasswordResetAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} aria-label={t("form")}>
      <FormOutcome state={state} />
      <Field id="email" label={t("email")} errors={errors.email}>
        <input
          type="email"
          autoComplete="username"
          required
          defaultValue={state && !state.ok ? state.values?.email : undefined}
          {...fieldAria("email", errors.email)}
        />
      </Field>
      <button className="button block" type="submit" disabled={pending}>
        {pending ? t("sending") : t("send")}
      </button>
    </form>
  );
}
