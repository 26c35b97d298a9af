"use client";

import { useActionState, useState } from "react";
import { Field, fieldAria } from "@/app/_components/field";
import type { Role } from "@/lib/policy/actor";
import type { TokenLifetime } from "@/lib/api-tokens/schemas";
import { createApiTokenAction } from "./actions";
import { LocalTime } from "@/app/_components/time/local-time";

const ROLE_LABELS: Record<Role, string> = { VIEWER: "Viewer (read only)", EDITOR: "Editor", REVIEWER: "Reviewer", ADMIN: "Admin" };
const LIFETIME_LABELS: Record<TokenLifetime, string> = { "30": "In 30 days", "90": "In 90 days", "365": "In a year", never: "Never", date: "On a date…" };

/** Creates a token; its secret is shown once, here, and never again. */
export function CreateTokenForm({ slug, roles }: { slug: string; roles: Role[] }) {
  const [state, action, pending] = useActionState(createApiTokenAction.bind(null, slug), null);
  const [copied, setCopied] = useState(false);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok && state.values) || {};
  const created = state?.ok ? state.data : null;
  const [lifetime, setLifetime] = useState<string>(values.expires ?? "90");
  return (
    <form action={action} aria-labelledby="create-token-heading" onSubmit={() => setCopied(false)}>
      <h2 id="create-token-heading">Create a token</h2>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      {created && (
        <div role="status" className="alert success">
          <p style={{ margin: 0 }}>
            Token <strong>{created.name}</strong> created{created.expiresAt ? <>, working until <LocalTime date={created.expiresAt} withZone /></> : ", without an expiry date"}. Copy it now: it is shown
            only this once and cannot be recovered.
          </p>
          <div className="form-row" style={{ marginTop: "0.5rem" }}>
            <label className="visually-hidden" htmlFor="new-token">
              New token
            </label>
            <input type="text" id="new-token" data-testid="new-token" readOnly value={created.secret} style={{ fontFamily: "var(--font-mono)", width: "min(34rem, 100%)" }} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" className="button secondary" onClick={() => navigator.clipboard?.writeText(created.secret).then(() => setCopied(true))}>
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
        </div>
      )}
      <div className="form-row">
        <Field id="name" label="Name" hint="What will use it, e.g. “CMS sync”" errors={errors.name}>
          <input type="text" required maxLength={100} autoComplete="off" defaultValue={values.name} {...fieldAria("name", errors.name, true)} />
        </Field>
        <Field id="role" label="Role" errors={errors.role}>
          <select defaultValue={values.role ?? "VIEWER"} key={values.role} {...fieldAria("role", errors.role)}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="expires" label="Expires" errors={errors.expires}>
          <select value={lifetime} onChange={(e) => setLifetime(e.currentTarget.value)} {...fieldAria("expires", errors.expires)}>
            {(Object.keys(LIFETIME_LABELS) as TokenLifetime[]).map((choice) => (
              <option key={choice} value={choice}>
                {LIFETIME_LABELS[choice]}
              </option>
            ))}
          </select>
        </Field>
        {lifetime === "date" && (
          <Field id="expiresOn" label="Last day it works (UTC)" errors={errors.expiresOn}>
            <input type="date" required defaultValue={values.expiresOn} min={new Date().toISOString().slice(0, 10)} {...fieldAria("expiresOn", errors.expiresOn)} />
          </Field>
        )}
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </button>
      </div>
    </form>
  );
}
