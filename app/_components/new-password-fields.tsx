import { Field, fieldAria } from "@/app/_components/field";
import type { FieldErrors } from "@/lib/errors";

/**
 * A new password and its confirmation, the password's length rule as its hint:
 * the same two fields wherever a person chooses a password. The server checks
 * both again (lib/auth/password); `minLength` only lets the browser say so first.
 */
export function NewPasswordFields({
  name = "password",
  label,
  hint,
  repeatLabel,
  minLength,
  errors,
}: {
  /** the password field's name: "password" where an account is made, "newPassword" where one is changed */
  name?: string;
  label: string;
  hint: string;
  repeatLabel: string;
  minLength?: number;
  errors: FieldErrors;
}) {
  return (
    <>
      <Field id={name} label={label} hint={hint} errors={errors[name]}>
        <input
          type="password"
          required
          minLength={minLength}
          autoComplete="new-password"
          {...fieldAria(name, errors[name], true)}
        />
      </Field>
      <Field id="confirmPassword" label={repeatLabel} errors={errors.confirmPassword}>
        <input
          type="password"
          required
          autoComplete="new-password"
          {...fieldAria("confirmPassword", errors.confirmPassword)}
        />
      </Field>
    </>
  );
}
