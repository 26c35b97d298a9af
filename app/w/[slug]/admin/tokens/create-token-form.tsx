"use client";

import { useActionState, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import type { Role } from "@/lib/policy/actor";
import { TOKEN_LIFETIMES } from "@/lib/api-tokens/schemas";
import { createApiTokenAction } from "./actions";
import { LocalTime } from "@/app/_components/time/local-time";

/** Creates a token; its secret is shown once, here, and never again. */
export function CreateTokenForm({ slug, roles }: { slug: string; roles: Role[] }) {
  const t = useTranslations("admin.createToken");
  const [state, action, pending] = useActionState(createApiTokenAction.bind(null, slug), null);
  const [copied, setCopied] = useState(false);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok && state.values) || {};
  const created = state?.ok ? state.data : null;
  const [lifetime, setLifetime] = useState<string>(values.expires ?? "90");
  return (
    <form action={action} aria-labelledby="create-token-heading" onSubmit={() => setCopied(false)}>
      <h2 id="create-token-heading">{t("heading")}</h2>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      {created && (
        <div role="status" className="alert success">
          <p style={{ margin: 0 }}>
            <CreatedMessage name={created.name} expiresAt={created.expiresAt} />
          </p>
          <div className="form-row" style={{ marginTop: "0.5rem" }}>
            <label className="visually-hidden" htmlFor="new-token">
              {t("newToken")}
            </label>
            <input
              type="text"
              id="new-token"
              data-testid="new-token"
              readOnly
              value={created.secret}
              style={{ fontFamily: "var(--font-mono)", width: "min(34rem, 100%)" }}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              className="button secondary"
              onClick={() => navigator.clipboard?.writeText(created.secret).then(() => setCopied(true))}
            >
              {copied ? t("copied") : t("copy")}
            </button>
          </div>
        </div>
      )}
      <div className="form-row">
        <Field id="name" label={t("name")} hint={t("nameHint")} errors={errors.name}>
          <input
            type="text"
            required
            maxLength={100}
            autoComplete="off"
            defaultValue={values.name}
            {...fieldAria("name", errors.name, true)}
          />
        </Field>
        <Field id="role" label={t("role")} errors={errors.role}>
          <select defaultValue={values.role ?? "VIEWER"} key={values.role} {...fieldAria("role", errors.role)}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="expires" label={t("expires")} errors={errors.expires}>
          <select
            value={lifetime}
            onChange={(e) => setLifetime(e.currentTarget.value)}
            {...fieldAria("expires", errors.expires)}
          >
            {TOKEN_LIFETIMES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`lifetimes.${choice}`)}
              </option>
            ))}
          </select>
        </Field>
        {lifetime === "date" && (
          <Field id="expiresOn" label={t("expiresOn")} errors={errors.expiresOn}>
            <input
              type="date"
              required
              defaultValue={values.expiresOn}
              min={new Date().toISOString().slice(0, 10)}
              {...fieldAria("expiresOn", errors.expiresOn)}
            />
          </Field>
        )}
        <button className="button" type="submit" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </button>
      </div>
    </form>
  );
}

/** "Token … created, working until …": the one moment its secret is shown. */
function CreatedMessage({ name, expiresAt }: { name: string; expiresAt: Date | null }) {
  const t = useTranslations("admin.createToken");
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  return expiresAt
    ? t.rich("createdUntil", { name, strong, date: () => <LocalTime date={expiresAt} withZone /> })
    : t.rich("createdNoExpiry", { name, strong });
}
