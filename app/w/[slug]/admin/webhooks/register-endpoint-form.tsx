"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { registerWebhookEndpointAction } from "./actions";
import { SecretReveal } from "./secret-reveal";
import { eventLabelKey } from "./event-label-key";

/** Registers an endpoint: its address, a note, the events it receives; the signing secret is shown once, here. */
export function RegisterEndpointForm({ slug }: { slug: string }) {
  const t = useTranslations("webhooks");
  const [state, action, pending] = useActionState(registerWebhookEndpointAction.bind(null, slug), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok && state.values) || {};
  const created = state?.ok ? state.data : null;
  // "events" (none chosen) or "events.N" (not in the catalogue)
  const eventErrors = [
    ...new Set(Object.entries(errors).flatMap(([key, messages]) => (key.split(".")[0] === "events" ? messages : []))),
  ];
  return (
    <form action={action} aria-labelledby="register-webhook-heading">
      <h2 id="register-webhook-heading">{t("form.heading")}</h2>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      {created && <SecretReveal id="new-webhook-secret" secret={created.secret} />}
      <div className="form-row">
        <Field id="url" label={t("form.url")} hint={t("form.urlHint")} errors={errors.url}>
          <input
            type="url"
            required
            maxLength={2000}
            autoComplete="off"
            defaultValue={values.url}
            style={{ width: "min(30rem, 100%)" }}
            {...fieldAria("url", errors.url, true)}
          />
        </Field>
        <Field id="description" label={t("form.description")} errors={errors.description}>
          <input
            type="text"
            maxLength={500}
            autoComplete="off"
            defaultValue={values.description}
            {...fieldAria("description", errors.description)}
          />
        </Field>
      </div>
      <fieldset aria-describedby={eventErrors.length ? "events-error" : undefined}>
        <legend>{t("form.events")}</legend>
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} style={{ display: "block" }}>
            <input type="checkbox" name="events" value={type} /> {t(eventLabelKey(type))}{" "}
            <code className="muted">{type}</code>
          </label>
        ))}
        {eventErrors.map((message) => (
          <p className="field-error" id="events-error" key={message}>
            {message}
          </p>
        ))}
      </fieldset>
      <button className="button" type="submit" disabled={pending} style={{ marginTop: "0.75rem" }}>
        {pending ? t("form.registering") : t("form.register")}
      </button>
    </form>
  );
}
