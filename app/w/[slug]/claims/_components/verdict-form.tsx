"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { RatingLevelDto } from "@/lib/verdicts/find-rating-levels";
import type { EvidenceDto } from "@/lib/verdict-dtos/verdict-dto";

export interface VerdictFormValue {
  ratingKey: string;
  summary: string;
  evidence: { url: string; title: string; quote?: string; accessedAt?: string; isPrimary: boolean }[];
  /** only while the claim is in a published report (lib/verdicts/require-correction-note.ts) */
  correctionNote?: string;
}

const blank = { url: "", title: "", quote: "", accessedAt: "", isPrimary: false };

/** Rating, summary and evidence items; used to draft a verdict and to revise one. */
export function VerdictForm({
  levels,
  initial,
  submitLabel,
  error,
  fieldErrors,
  pending,
  onSubmit,
  onCancel,
  correctionNote = false,
}: {
  levels: RatingLevelDto[];
  initial?: { ratingKey: string; summary: string; evidence: EvidenceDto[] };
  submitLabel: string;
  error: string | null;
  fieldErrors: Record<string, string[]>;
  pending: boolean;
  onSubmit(value: VerdictFormValue): void;
  onCancel?(): void;
  /** show the correction-note field: the verdict is approved and its claim is in a published report */
  correctionNote?: boolean;
}) {
  const t = useTranslations("claims");
  const [evidence, setEvidence] = useState(
    initial?.evidence.map((e) => ({
      url: e.url,
      title: e.title,
      quote: e.quote ?? "",
      accessedAt: e.accessedAt ? new Date(e.accessedAt).toISOString().slice(0, 10) : "",
      isPrimary: e.isPrimary,
    })) ?? [blank],
  );
  const update = (i: number, patch: Partial<typeof blank>) =>
    setEvidence((list) => list.map((e, j) => (j === i ? { ...e, ...patch } : e)));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onSubmit({
      ratingKey: String(form.get("ratingKey") ?? ""),
      summary: String(form.get("summary") ?? ""),
      evidence: evidence
        .filter((e) => e.url.trim() || e.title.trim())
        .map((e) => ({ ...e, quote: e.quote || undefined, accessedAt: e.accessedAt || undefined })),
      ...(correctionNote ? { correctionNote: String(form.get("correctionNote") ?? "") } : {}),
    });
  }
  const errorsFor = (key: string) =>
    Object.entries(fieldErrors)
      .filter(([k]) => k === key || k.startsWith(`${key}.`))
      .flatMap(([, m]) => m);

  return (
    <form onSubmit={submit} aria-label={submitLabel}>
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="ratingKey">{t("verdictForm.rating")}</label>
        <select
          id="ratingKey"
          name="ratingKey"
          defaultValue={initial?.ratingKey ?? ""}
          required
          aria-invalid={errorsFor("ratingKey").length ? true : undefined}
        >
          <option value="" disabled>
            {t("verdictForm.chooseRating")}
          </option>
          {levels.map((l) => (
            <option key={l.key} value={l.key}>
              {l.label}
            </option>
          ))}
        </select>
        {errorsFor("ratingKey").map((m) => (
          <p key={m} className="field-error">
            {m}
          </p>
        ))}
      </div>
      <div className="field">
        <label htmlFor="summary">{t("verdictForm.summary")}</label>
        <textarea
          id="summary"
          name="summary"
          defaultValue={initial?.summary ?? ""}
          required
          aria-invalid={errorsFor("summary").length ? true : undefined}
        />
        {errorsFor("summary").map((m) => (
          <p key={m} className="field-error">
            {m}
          </p>
        ))}
      </div>
      <fieldset
        style={{ border: "1px solid var(--line)", borderRadius: 6, padding: "0.75rem 1rem", marginBottom: "1rem" }}
      >
        <legend style={{ fontWeight: 600 }}>{t("verdictForm.evidence")}</legend>
        {evidence.map((e, i) => (
          <div
            key={i}
            className="evidence-item"
            role="group"
            aria-label={t("verdictForm.evidenceItem", { number: i + 1 })}
          >
            <div className="form-row">
              <div className="field">
                <label htmlFor={`ev-url-${i}`}>{t("verdictForm.sourceUrl")}</label>
                <input
                  id={`ev-url-${i}`}
                  type="url"
                  value={e.url}
                  onChange={(x) => update(i, { url: x.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`ev-title-${i}`}>{t("verdictForm.title")}</label>
                <input
                  id={`ev-title-${i}`}
                  type="text"
                  value={e.title}
                  onChange={(x) => update(i, { title: x.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`ev-date-${i}`}>{t("verdictForm.accessed")}</label>
                <input
                  id={`ev-date-${i}`}
                  type="date"
                  value={e.accessedAt}
                  onChange={(x) => update(i, { accessedAt: x.target.value })}
                />
              </div>
            </div>
            <div className="field">
              <label htmlFor={`ev-quote-${i}`}>{t("verdictForm.quotedPassage")}</label>
              <textarea
                id={`ev-quote-${i}`}
                value={e.quote}
                onChange={(x) => update(i, { quote: x.target.value })}
                style={{ minHeight: "3rem" }}
              />
            </div>
            <label style={{ display: "flex", gap: "0.4rem", alignItems: "center" }}>
              <input
                type="checkbox"
                checked={e.isPrimary}
                onChange={(x) => update(i, { isPrimary: x.target.checked })}
              />{" "}
              {t("verdictForm.primarySource")}
            </label>
            {evidence.length > 1 && (
              <button
                type="button"
                className="button small danger"
                onClick={() => setEvidence((l) => l.filter((_, j) => j !== i))}
              >
                {t("verdictForm.removeEvidence", { number: i + 1 })}
              </button>
            )}
          </div>
        ))}
        {errorsFor("evidence").map((m) => (
          <p key={m} className="field-error">
            {m}
          </p>
        ))}
        <button type="button" className="button small secondary" onClick={() => setEvidence((l) => [...l, blank])}>
          {t("verdictForm.addEvidence")}
        </button>
      </fieldset>
      {correctionNote && (
        <div className="field correction-note">
          <label htmlFor="correctionNote">{t("verdictForm.correctionNote")}</label>
          <span className="hint" id="correctionNote-hint">
            {t("verdictForm.correctionHint")}
          </span>
          <textarea
            id="correctionNote"
            name="correctionNote"
            required
            maxLength={2000}
            aria-describedby="correctionNote-hint"
            aria-invalid={errorsFor("correctionNote").length ? true : undefined}
            style={{ minHeight: "3rem" }}
          />
          {errorsFor("correctionNote").map((m) => (
            <p key={m} className="field-error">
              {m}
            </p>
          ))}
        </div>
      )}
      <div className="row-actions">
        <button className="button" type="submit" disabled={pending}>
          {pending ? t("shared.saving") : submitLabel}
        </button>
        {onCancel && (
          <button className="button secondary" type="button" onClick={onCancel}>
            {t("shared.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
