"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import { updateNameVariantsAction } from "./actions";
import { FormOutcome } from "@/app/_components/form-outcome";

/** The workspace's own spelling variants for claim matching: one group per line, "Kyiv|Kiev". */
export function NameVariantsForm({ slug, groups }: { slug: string; groups: string[] }) {
  const [state, action, pending] = useActionState(updateNameVariantsAction.bind(null, slug), null);
  const t = useTranslations("admin.nameVariants");
  const errors = state && !state.ok ? state.fieldErrors : {};
  const text =
    state && !state.ok && state.values
      ? state.values.groups
      : state?.ok
        ? state.data.groups.join("\n")
        : groups.join("\n");
  return (
    <form action={action} aria-labelledby="name-variants-heading">
      <h2 id="name-variants-heading">{t("heading")}</h2>
      <FormOutcome state={state} />
      <Field id="groups" label={t("label")} hint={t("hint")} errors={errors.groups ?? errors.form}>
        <textarea
          rows={8}
          spellCheck={false}
          defaultValue={text}
          key={text}
          {...fieldAria("groups", errors.groups ?? errors.form, true)}
        />
      </Field>
      <button className="button" type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
