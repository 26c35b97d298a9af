"use client";

import { useEffect, useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { parseClaimValue } from "@/lib/claims/parse-value";
import type { ClaimFieldsSuggestion } from "@/lib/claims/extract/suggest-claim-fields";
import type { ActionResult } from "@/lib/http/action-result";
import { useIdempotencyKey } from "@/app/_components/use-idempotency-key";
import { getPassageExtractionAction } from "../../../claims/actions";
import { ClaimValueFields } from "../../../claims/_components/claim-value-fields";

/**
 * A new claim from an annotated passage, its fields prefilled with what the
 * server reads in the passage (statement, claimant from a quote's speaker,
 * figure, event date); the editor confirms or edits every field.
 */
export function CreateClaimForm({
  slug,
  annotationId,
  exact,
  create,
  onDone,
  onCancel,
}: {
  slug: string;
  annotationId: string;
  exact: string;
  /** the reader's save (the claim and the annotation stating it merged into the reader) */
  create(fields: Record<string, string>): Promise<ActionResult<unknown>>;
  onDone(result: ActionResult<unknown>): void;
  onCancel(): void;
}) {
  const t = useTranslations("articles.createClaim");
  const [suggestion, setSuggestion] = useState<ClaimFieldsSuggestion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, start] = useTransition();
  const [idempotencyKey, renewIdempotencyKey] = useIdempotencyKey();

  useEffect(() => {
    let current = true;
    getPassageExtractionAction(slug, annotationId).then((result) => {
      if (!current) return;
      if (result.ok) return setSuggestion(result.data.suggestion);
      // the form still works without the server's reading: the figure as the browser parses it
      const value = parseClaimValue(exact);
      setSuggestion({
        statement: exact,
        claimant: null,
        eventDate: null,
        metric: value?.metric ?? null,
        valueLow: value?.valueLow ?? null,
        valueHigh: value?.valueHigh ?? null,
        qualifier: value?.qualifier ?? null,
        unit: value?.unit ?? null,
      });
    });
    return () => {
      current = false;
    };
  }, [slug, annotationId, exact]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const fields = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    start(async () => {
      const result = await create({ ...fields, idempotencyKey });
      if (!result.ok) return (setError(result.error), setFieldErrors(result.fieldErrors));
      renewIdempotencyKey();
      onDone(result);
    });
  }

  if (!suggestion)
    return (
      <p className="muted" role="status">
        {t("reading")}
      </p>
    );
  const prefilled = suggestion.valueLow !== null || suggestion.claimant !== null || suggestion.eventDate !== null;
  const errorOf = (name: string) =>
    fieldErrors[name]?.length ? (
      <p className="field-error" id={`c-${name}-error`}>
        {fieldErrors[name]!.join(" ")}
      </p>
    ) : null;
  return (
    <form onSubmit={submit} aria-label={t("formLabel")}>
      {prefilled && <p className="hint">{t("prefilled")}</p>}
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="c-statement">{t("statement")}</label>
        <textarea
          id="c-statement"
          name="statement"
          defaultValue={suggestion.statement}
          required
          autoFocus
          style={{ minHeight: "3rem" }}
          aria-invalid={fieldErrors.statement ? true : undefined}
          aria-describedby={fieldErrors.statement ? "c-statement-error" : undefined}
        />
        {errorOf("statement")}
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor="c-claimant">{t("claimant")}</label>
          <input id="c-claimant" name="claimant" type="text" defaultValue={suggestion.claimant ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="c-date">{t("claimDate")}</label>
          <input id="c-date" name="claimDate" type="date" aria-invalid={fieldErrors.claimDate ? true : undefined} />
          {errorOf("claimDate")}
        </div>
      </div>
      <ClaimValueFields
        prefix="c"
        errors={fieldErrors}
        legendNote={suggestion.valueLow !== null ? t("valueSuggested") : undefined}
        defaults={suggestion}
      />
      <div className="row-actions">
        <button className="button small" type="submit" aria-disabled={pending || undefined}>
          {pending ? t("saving") : t("save")}
        </button>
        <button className="button small secondary" type="button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
