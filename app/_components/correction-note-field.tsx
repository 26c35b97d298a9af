"use client";

import { useTranslations } from "next-intl";

/**
 * The correction note a change to the published record needs. Shown when the
 * server asks for it (a `correctionNote` field error): the message says which
 * report, the field takes the note, and it gets the focus when it appears.
 */
export function CorrectionNoteField({
  id,
  value,
  onChange,
  errors,
  hint,
}: {
  id: string;
  value: string;
  onChange(value: string): void;
  errors?: string[];
  hint?: string;
}) {
  const t = useTranslations("common.correctionNote");
  return (
    <div className="field correction-note">
      <label htmlFor={id}>{t("label")}</label>
      <span className="hint" id={`${id}-hint`}>
        {hint ?? t("hint")}
      </span>
      <textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required
        maxLength={2000}
        autoFocus
        aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ""}`}
        aria-invalid={errors?.length && !value.trim() ? true : undefined}
        style={{ minHeight: "3rem" }}
      />
      {errors?.length ? (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
