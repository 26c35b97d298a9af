"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import { createWorkspaceAction } from "./actions";
import { FormOutcome } from "@/app/_components/form-outcome";

export function CreateWorkspaceForm() {
  const t = useTranslations("workspace.create");
  const [state, action, pending] = useActionState(createWorkspaceAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok && state.values) || {};
  return (
    <form action={action} aria-labelledby="create-heading">
      <h2 id="create-heading">{t("heading")}</h2>
      <p className="muted">{t("intro")}</p>
      <FormOutcome state={state} success={false} />
      <Field id="name" label={t("name")} errors={errors.name}>
        <input type="text" required defaultValue={values.name} {...fieldAria("name", errors.name)} />
      </Field>
      <Field id="slug" label={t("address")} hint={t("addressHint")} errors={errors.slug}>
        <input
          type="text"
          required
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          defaultValue={values.slug}
          {...fieldAria("slug", errors.slug, true)}
        />
      </Field>
      <Field
        id="organisationName"
        label={t("organisation")}
        hint={t("organisationHint")}
        errors={errors.organisationName}
      >
        <input
          type="text"
          required
          defaultValue={values.organisationName}
          {...fieldAria("organisationName", errors.organisationName, true)}
        />
      </Field>
      <button className="button" type="submit" disabled={pending}>
        {pending ? t("creating") : t("submit")}
      </button>
    </form>
  );
}
