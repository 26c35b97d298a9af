"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, fieldAria } from "@/app/_components/field";
import { changePasswordAction } from "./actions";

/** `continueHref`: after a required change, where to go on (shown with the success message). */
export function ChangePasswordForm({ hasPassword, continueHref }: { hasPassword: boolean; continueHref?: string }) {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} aria-labelledby="password-heading">
      <h2 id="password-heading">{hasPassword ? "Change password" : "Set a password"}</h2>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      {state?.ok && (
        <p role="status" className="alert success">
          {state.message} {continueHref && <Link href={continueHref}>Continue to Factdesk</Link>}
        </p>
      )}
      {hasPassword && (
        <Field id="currentPassword" label="Current password" errors={errors.currentPassword}>
          <input type="password" autoComplete="current-password" required {...fieldAria("currentPassword", errors.currentPassword)} />
        </Field>
      )}
      <Field id="newPassword" label="New password" hint="At least 10 characters" errors={errors.newPassword}>
        <input type="password" autoComplete="new-password" required {...fieldAria("newPassword", errors.newPassword, true)} />
      </Field>
      <Field id="confirmPassword" label="Repeat new password" errors={errors.confirmPassword}>
        <input type="password" autoComplete="new-password" required {...fieldAria("confirmPassword", errors.confirmPassword)} />
      </Field>
      <button className="button" type="submit" disabled={pending}>
        Save password
      </button>
    </form>
  );
}
