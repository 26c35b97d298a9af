"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { focusWhenPresent } from "@/app/_components/focus-when-present";
import { resolvePendingCorrectionsAction } from "../actions";
import { settle } from "@/app/_components/settle-action";

/** Reviewers: writes the dated correction the published report lists; every pending change of the report is resolved. */
export function ResolveCorrectionsForm({ slug, reportId }: { slug: string; reportId: string }) {
  const t = useTranslations("reports.correction");
  const router = useRouter();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const [pending, start] = useTransition();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    start(async () => {
      const result = await settle(resolvePendingCorrectionsAction(slug, { reportId, note }));
      if (!result.ok) return (setError(result.error), setFieldErrors(result.fieldErrors.note ?? []));
      setError(null);
      setNote("");
      router.refresh();
      // the section goes away with the refresh; the report's list of corrections now shows the note
      focusWhenPresent("corrections-heading", "report-title");
    });
  }
  return (
    <form onSubmit={submit} aria-label={t("form")} noValidate>
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="pending-correction-note">{t("note")}</label>
        <span className="hint" id="pending-correction-note-hint">
          {t("hint")}
        </span>
        <textarea
          id="pending-correction-note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          required
          maxLength={2000}
          aria-describedby={`pending-correction-note-hint${fieldErrors.length ? " pending-correction-note-error" : ""}`}
          aria-invalid={fieldErrors.length ? true : undefined}
          style={{ minHeight: "4rem" }}
        />
        {fieldErrors.length > 0 && (
          <p className="field-error" id="pending-correction-note-error">
            {fieldErrors.join(" ")}
          </p>
        )}
      </div>
      <button className="button small" type="submit" aria-disabled={pending || undefined}>
        {pending ? t("publishing") : t("submit")}
      </button>
    </form>
  );
}
