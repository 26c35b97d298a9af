"use client";

import { useActionState } from "react";
import { Field, fieldAria } from "@/app/_components/field";
import { useTranslations } from "next-intl";
import { inviteMemberAction } from "./actions";
import { FormOutcome } from "@/app/_components/form-outcome";
import { labelKey, ROLE_OPTIONS } from "@/lib/i18n/labels";

export function InvitationForm({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState(inviteMemberAction.bind(null, slug), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok && state.values) || {};
  const t = useTranslations("admin.invitationForm");
  const labels = useTranslations("labels");
  return (
    <form action={action} aria-labelledby="invite-heading" key={state?.ok ? state.data.invitationId : "form"}>
      <h2 id="invite-heading">{t("heading")}</h2>
      <p className="muted">{t("intro")}</p>
      <FormOutcome state={state} />
      <div className="form-row">
        <Field id="email" label={t("email")} errors={errors.email}>
          <input
            type="email"
            required
            autoComplete="off"
            defaultValue={values.email}
            {...fieldAria("email", errors.email)}
          />
        </Field>
        <Field id="name" label={t("name")} errors={errors.name}>
          <input type="text" autoComplete="off" defaultValue={values.name} {...fieldAria("name", errors.name)} />
        </Field>
        <Field id="role" label={t("role")} errors={errors.role}>
          <select defaultValue={values.role ?? "EDITOR"} key={values.role} {...fieldAria("role", errors.role)}>
            {ROLE_OPTIONS.map((role) => (
              <option key={role} value={role}>
                {labels(labelKey.role(role))}
              </option>
            ))}
          </select>
        </Field>
        <button className="button" type="submit" disabled={pending}>
          {pending ? t("sending") : t("send")}
        </button>
      </div>
    </form>
  );
}
