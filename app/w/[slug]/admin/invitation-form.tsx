"use client";

import { useActionState } from "react";
import { Field, fieldAria } from "@/app/_components/field";
import { ROLE_LABELS } from "@/lib/members/role-labels";
import { ROLES } from "@/lib/policy/actor";
import { inviteMemberAction } from "./actions";
import { FormOutcome } from "@/app/_components/form-outcome";

export function InvitationForm({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState(inviteMemberAction.bind(null, slug), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok && state.values) || {};
  return (
    <form action={action} aria-labelledby="invite-heading" key={state?.ok ? state.data.invitationId : "form"}>
      <h2 id="invite-heading">Invite a member</h2>
      <p className="muted">They get an email with a link to join. Someone new chooses their own password there; nobody else ever sees it.</p>
      <FormOutcome state={state} />
      <div className="form-row">
        <Field id="email" label="Email" errors={errors.email}>
          <input type="email" required autoComplete="off" defaultValue={values.email} {...fieldAria("email", errors.email)} />
        </Field>
        <Field id="name" label="Name (optional)" errors={errors.name}>
          <input type="text" autoComplete="off" defaultValue={values.name} {...fieldAria("name", errors.name)} />
        </Field>
        <Field id="role" label="Role" errors={errors.role}>
          <select defaultValue={values.role ?? "EDITOR"} key={values.role} {...fieldAria("role", errors.role)}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </Field>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Sending…" : "Send invitation"}
        </button>
      </div>
    </form>
  );
}
