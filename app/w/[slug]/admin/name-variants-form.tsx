"use client";

import { useActionState } from "react";
import { Field, fieldAria } from "@/app/_components/field";
import { updateNameVariantsAction } from "./actions";
import { FormOutcome } from "@/app/_components/form-outcome";

/** The workspace's own spelling variants for claim matching: one group per line, "Kyiv|Kiev". */
export function NameVariantsForm({ slug, groups }: { slug: string; groups: string[] }) {
  const [state, action, pending] = useActionState(updateNameVariantsAction.bind(null, slug), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const text = state && !state.ok && state.values ? state.values.groups : state?.ok ? state.data.groups.join("\n") : groups.join("\n");
  return (
    <form action={action} aria-labelledby="name-variants-heading">
      <h2 id="name-variants-heading">Spelling variants</h2>
      <FormOutcome state={state} />
      <Field
        id="groups"
        label="Names spelled more than one way"
        hint="One name per line, its spellings separated by “|”, e.g. Mykolaiv|Mykolajiw. Claim look-up, search and suggestions treat them as the same word. Common ones (Kyiv|Kiev, Zelenskyy|Zelensky, Odesa|Odessa …) are built in."
        errors={errors.groups ?? errors.form}
      >
        <textarea rows={8} spellCheck={false} defaultValue={text} key={text} {...fieldAria("groups", errors.groups ?? errors.form, true)} />
      </Field>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save spelling variants"}
      </button>
    </form>
  );
}
