"use client";

import { useActionState } from "react";
import { Field, fieldAria } from "@/app/_components/field";
import { disableTwoFactorAction } from "./actions";
import { FormOutcome } from "@/app/_components/form-outcome";

/** Turning two-factor off needs the password (when the account has one) and a current code. */
export function DisableForm({ hasPassword, requiredBy }: { hasPassword: boolean; requiredBy: string[] }) {
  const [state, action, busy] = useActionState(disableTwoFactorAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} aria-labelledby="disable-heading">
      <h2 id="disable-heading">Turn off two-factor sign-in</h2>
      {requiredBy.length > 0 && (
        <p className="alert warning">
          {requiredBy.join(", ")} {requiredBy.length === 1 ? "requires" : "require"} two-factor sign-in for your role: without it you cannot work there.
        </p>
      )}
      <FormOutcome state={state} success={false} />
      {hasPassword && (
        <Field id="disable-password" label="Password" errors={errors.password}>
          <input type="password" autoComplete="current-password" required {...fieldAria("disable-password", errors.password)} name="password" />
        </Field>
      )}
      <Field id="disable-code" label="Current authentication code" hint="From your app, or an unused recovery code" errors={errors.code}>
        <input type="text" autoComplete="one-time-code" required {...fieldAria("disable-code", errors.code, true)} name="code" />
      </Field>
      <button className="button danger" type="submit" disabled={busy}>
        {busy ? "Turning off…" : "Turn off two-factor sign-in"}
      </button>
    </form>
  );
}
