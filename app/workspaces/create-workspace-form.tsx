"use client";

import { useActionState } from "react";
import { Field, fieldAria } from "@/app/_components/field";
import { createWorkspaceAction } from "./actions";
import { FormOutcome } from "@/app/_components/form-outcome";

export function CreateWorkspaceForm() {
  const [state, action, pending] = useActionState(createWorkspaceAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok && state.values) || {};
  return (
    <form action={action} aria-labelledby="create-heading">
      <h2 id="create-heading">Start a new workspace</h2>
      <p className="muted">A workspace is a newsroom or desk with its own members, articles and rating scale. You become its admin.</p>
      <FormOutcome state={state} success={false} />
      <Field id="name" label="Name" errors={errors.name}>
        <input type="text" required defaultValue={values.name} {...fieldAria("name", errors.name)} />
      </Field>
      <Field id="slug" label="Address" hint="Lowercase letters, digits and hyphens: factdesk/w/<address>" errors={errors.slug}>
        <input type="text" required pattern="[a-z0-9]+(-[a-z0-9]+)*" defaultValue={values.slug} {...fieldAria("slug", errors.slug, true)} />
      </Field>
      <Field id="organisationName" label="Organisation" hint="Named as the author of published fact-checks" errors={errors.organisationName}>
        <input type="text" required defaultValue={values.organisationName} {...fieldAria("organisationName", errors.organisationName, true)} />
      </Field>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create workspace"}
      </button>
    </form>
  );
}
