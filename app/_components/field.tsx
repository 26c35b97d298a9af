import type { ReactNode } from "react";

/** A labelled form field with its hint and error messages wired to the control via aria. */
export function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children}
      {errors?.map((message) => (
        <p className="field-error" id={`${id}-error`} key={message}>
          {message}
        </p>
      ))}
    </div>
  );
}

/** aria attributes for a control inside <Field>. */
export function fieldAria(id: string, errors?: string[], hint?: boolean) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return {
    id,
    name: id,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy || undefined,
  } as const;
}
