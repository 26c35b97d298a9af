"use client";

import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import { useIdempotencyKey } from "@/app/_components/use-idempotency-key";
import { createReportAction } from "../actions";

export interface ScopeChoice {
  scope: "ARTICLE" | "CLAIMS" | "CONFLICT" | "WORKSPACE";
  articleId: string;
  conflictId: string;
  claimIds: string[];
  fromDate: string;
  toDate: string;
  title: string;
}

type Option = { id: string; label: string };

const SCOPES: ScopeChoice["scope"][] = ["ARTICLE", "CLAIMS", "CONFLICT", "WORKSPACE"];

/**
 * Title and scope of a new report. Every scope's fields are in the page (so
 * it works without JavaScript: the chosen radio decides); with JavaScript
 * only the chosen scope's fields are shown.
 */
export function NewReportForm({
  slug,
  initial,
  articles,
  claims,
  conflicts,
}: {
  slug: string;
  initial: ScopeChoice;
  articles: Option[];
  claims: Option[];
  conflicts: Option[];
}) {
  const t = useTranslations("reports.new");
  const [state, action, pending] = useActionState(createReportAction.bind(null, slug), null);
  const [scope, setScope] = useState(initial.scope);
  // a success redirects to the report, so the key never needs renewing here
  const [idempotencyKey] = useIdempotencyKey();
  const [hydrated, setHydrated] = useState(false);
  // before hydration (and without JavaScript) every scope's fields stay visible
  useEffect(() => setHydrated(true), []);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok && state.values) || {};
  const shown = (s: ScopeChoice["scope"]) => ({ hidden: hydrated && scope !== s, "data-scope": s });
  return (
    <form action={action} aria-label={t("title")} className="card report-form">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} suppressHydrationWarning />
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      <Field id="title" label={t("fieldTitle")} errors={errors.title}>
        <input
          type="text"
          {...fieldAria("title", errors.title)}
          defaultValue={values.title ?? initial.title}
          required
          minLength={3}
          maxLength={200}
        />
      </Field>
      <fieldset className="scope-choice">
        <legend>{t("covers")}</legend>
        {SCOPES.map((value) => (
          <label key={value} className="checkbox">
            <input type="radio" name="scope" value={value} checked={scope === value} onChange={() => setScope(value)} />{" "}
            {t(`scope.${value}`)}
          </label>
        ))}
        {errors.scope?.map((m) => (
          <p key={m} className="field-error">
            {m}
          </p>
        ))}
      </fieldset>
      <div {...shown("ARTICLE")}>
        <Field id="articleId" label={t("article")} errors={errors.articleId}>
          <select {...fieldAria("articleId", errors.articleId)} defaultValue={values.articleId ?? initial.articleId}>
            <option value="">{t("chooseArticle")}</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset {...shown("CLAIMS")} className="claim-picker">
        <legend>{t("claims")}</legend>
        {claims.length === 0 && <p className="muted">{t("noClaims")}</p>}
        {claims.map((c) => (
          <label key={c.id} className="checkbox">
            <input type="checkbox" name="claimIds" value={c.id} defaultChecked={initial.claimIds.includes(c.id)} />{" "}
            {c.label}
          </label>
        ))}
        {errors.claimIds?.map((m) => (
          <p key={m} className="field-error">
            {m}
          </p>
        ))}
      </fieldset>
      <div {...shown("CONFLICT")}>
        <Field id="conflictId" label={t("conflict")} errors={errors.conflictId}>
          <select
            {...fieldAria("conflictId", errors.conflictId)}
            defaultValue={values.conflictId ?? initial.conflictId}
          >
            <option value="">{t("chooseConflict")}</option>
            {conflicts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div {...shown("WORKSPACE")} className="form-row">
        <Field id="fromDate" label={t("from")} hint={t("fromHint")} errors={errors.fromDate}>
          <input
            {...fieldAria("fromDate", errors.fromDate, true)}
            type="date"
            defaultValue={values.fromDate ?? initial.fromDate}
          />
        </Field>
        <Field id="toDate" label={t("until")} hint={t("untilHint")} errors={errors.toDate}>
          <input
            {...fieldAria("toDate", errors.toDate, true)}
            type="date"
            defaultValue={values.toDate ?? initial.toDate}
          />
        </Field>
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? t("saving") : t("submit")}
      </button>
    </form>
  );
}
