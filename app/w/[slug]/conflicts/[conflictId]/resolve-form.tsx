"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import { resolveConflictAction } from "../actions";
import { FormOutcome } from "@/app/_components/form-outcome";

/** A URL scheme, the same in every language. */
const URL_PLACEHOLDER = "https://";

interface MemberOption {
  claimId: string;
  name: string;
  statement: string;
}

/**
 * The reviewer's resolution: which claims hold, an optional rating per claim
 * (written as the reviewer's own verdict and submitted for another reviewer's
 * approval), the reasoning, and sources.
 */
export function ResolveForm({
  slug,
  conflictId,
  members,
  levels,
}: {
  slug: string;
  conflictId: string;
  members: MemberOption[];
  levels: { key: string; label: string }[];
}) {
  const t = useTranslations("conflicts.resolveForm");
  const [state, action, pending] = useActionState(resolveConflictAction.bind(null, slug, conflictId), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok && state.values) || {};
  const memberErrors = [...(errors.holds ?? []), ...(errors.ratings ?? []), ...(errors.ratingKey ?? [])];
  return (
    <form action={action} aria-labelledby="resolve-heading" className="resolve-form">
      <h2 id="resolve-heading">{t("heading")}</h2>
      <FormOutcome state={state} success={false} />
      <fieldset aria-describedby="members-hint">
        <legend>{t("whichHold")}</legend>
        <p id="members-hint" className="hint muted">
          {t("membersHint")}
        </p>
        <div className="resolve-members">
          {members.map((m) => (
            <div key={m.claimId} className="resolve-member">
              <input type="hidden" name="member" value={m.claimId} />
              <label className="checkbox">
                <input
                  type="checkbox"
                  name={`holds:${m.claimId}`}
                  defaultChecked={values[`holds:${m.claimId}`] === "on"}
                />{" "}
                {t("memberHolds", { name: m.name })}
              </label>
              <p className="muted resolve-statement">{m.statement}</p>
              <label htmlFor={`rating-${m.claimId}`}>{t("ratingFor", { name: m.name })}</label>
              <select
                id={`rating-${m.claimId}`}
                name={`rating:${m.claimId}`}
                defaultValue={values[`rating:${m.claimId}`] ?? ""}
              >
                <option value="">{t("noRating")}</option>
                {levels.map((l) => (
                  <option key={l.key} value={l.key}>
                    {l.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        {memberErrors.map((message) => (
          <p key={message} className="field-error">
            {message}
          </p>
        ))}
      </fieldset>
      <Field id="resolution" label={t("reasoning")} hint={t("reasoningHint")} errors={errors.resolution}>
        <textarea
          required
          minLength={10}
          defaultValue={values.resolution}
          {...fieldAria("resolution", errors.resolution, true)}
        />
      </Field>
      <fieldset>
        <legend>{t("evidence")}</legend>
        <div className="form-row">
          <Field id="evidence.0.url" label={t("sourceAddress")} errors={errors["evidence.0.url"]}>
            <input
              type="url"
              placeholder={URL_PLACEHOLDER}
              defaultValue={values["evidence.0.url"]}
              {...fieldAria("evidence.0.url", errors["evidence.0.url"])}
            />
          </Field>
          <Field id="evidence.0.title" label={t("sourceTitle")} errors={errors["evidence.0.title"]}>
            <input
              type="text"
              defaultValue={values["evidence.0.title"]}
              {...fieldAria("evidence.0.title", errors["evidence.0.title"])}
            />
          </Field>
        </div>
        <Field id="evidence.0.quote" label={t("quotedPassage")} errors={errors["evidence.0.quote"]}>
          <textarea
            rows={2}
            defaultValue={values["evidence.0.quote"]}
            {...fieldAria("evidence.0.quote", errors["evidence.0.quote"])}
          />
        </Field>
      </fieldset>
      <Field id="correctionNote" label={t("correctionNote")} hint={t("correctionHint")} errors={errors.correctionNote}>
        <textarea
          rows={2}
          defaultValue={values.correctionNote}
          {...fieldAria("correctionNote", errors.correctionNote)}
        />
      </Field>
      <button className="button" type="submit" disabled={pending}>
        {pending ? t("resolving") : t("resolve")}
      </button>
    </form>
  );
}
