"use client";

import { useActionState } from "react";
import { Field, fieldAria } from "@/app/_components/field";
import { addMemberAction } from "./actions";

export function AddMemberForm({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState(addMemberAction.bind(null, slug), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok && state.values) || {};
  return (
    <form action={action} aria-labelledby="add-member-heading">
      <h2 id="add-member-heading">Add a member</h2>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      {state?.ok && (
        <div role="status" className="alert success">
          <p style={{ margin: 0 }}>{state.message}</p>
          {state.data.temporaryPassword && (
            <p style={{ margin: "0.5rem 0 0" }}>
              A new account was created. Temporary password (shown only now): <code data-testid="temporary-password">{state.data.temporaryPassword}</code>
            </p>
          )}
        </div>
      )}
      <div className="form-row">
        <Field id="email" label="Email" errors={errors.email}>
          <input type="email" required autoComplete="off" defaultValue={values.email} {...fieldAria("email", errors.email)} />
        </Field>
        <Field id="name" label="Name (for new accounts)" errors={errors.name}>
          <input type="text" autoComplete="off" defaultValue={values.name} {...fieldAria("name", errors.name)} />
        </Field>
        <Field id="role" label="Role" errors={errors.role}>
          <select defaultValue={values.role ?? "EDITOR"} key={values.role} {...fieldAria("role", errors.role)}>
            <option value="VIEWER">Viewer</option>
            <option value="EDITOR">Editor</option>
            <option value="REVIEWER">Reviewer</option>
            <option value="ADMIN">Admin</option>
          </select>
        </Field>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add member"}
        </button>
      </div>
    </form>
  );
}
