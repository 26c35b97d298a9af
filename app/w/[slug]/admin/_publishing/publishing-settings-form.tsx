"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import { FormOutcome } from "@/app/_components/form-outcome";
import type { PublishingSettingsDto } from "@/lib/workspaces/publishing-settings-schemas";
import { updatePublishingSettingsAction } from "./actions";

/** the scheme an address starts with: not words to translate */
const URL_PLACEHOLDER = "https://";

/** Admins: the methodology page every public fact-check links, and whether those pages name the checkers. */
export function PublishingSettingsForm({ slug, settings }: { slug: string; settings: PublishingSettingsDto }) {
  const t = useTranslations("factCheck.settings");
  const [state, action, pending] = useActionState(updatePublishingSettingsAction.bind(null, slug), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const current = state?.ok ? state.data : settings;
  const url = state && !state.ok && state.values ? (state.values.methodologyUrl ?? "") : (current.methodologyUrl ?? "");
  return (
    <form action={action} aria-labelledby="publishing-heading">
      <h2 id="publishing-heading">{t("heading")}</h2>
      <FormOutcome state={state} />
      <Field id="methodologyUrl" label={t("methodologyUrl")} hint={t("methodologyHint")} errors={errors.methodologyUrl}>
        <input
          type="url"
          inputMode="url"
          placeholder={URL_PLACEHOLDER}
          defaultValue={url}
          key={url}
          {...fieldAria("methodologyUrl", errors.methodologyUrl, true)}
        />
      </Field>
      <div className="field">
        <label>
          <input
            type="checkbox"
            name="showCheckerNames"
            value="true"
            defaultChecked={current.showCheckerNames}
            key={String(current.showCheckerNames)}
            aria-describedby="show-names-hint"
          />{" "}
          {t("showCheckerNames")}
        </label>
        <span className="hint" id="show-names-hint">
          {t("showCheckerNamesHint")}
        </span>
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
