"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/http/action-result";
import { focusWhenPresent } from "@/app/_components/focus-when-present";
import { resolvePendingCorrectionsAction } from "../actions";

/**
 * Reviewers: writes the dated correction the published report lists. It resolves the pending changes the
 * page shows, up to `throughId` (the last of them): a change that arrived since, or lay beyond the page, stays.
 */
export function ResolveCorrectionsForm({
  slug,
  reportId,
  throughId,
}: {
  slug: string;
  reportId: string;
  throughId: string;
}) {
  const t = useTranslations("reports.correction");
  const [state, action, pending] = useActionState(
    async (previous: ActionResult<{ corrections: number }> | null, form: FormData) => {
      const result = await resolvePendingCorrectionsAction(slug, reportId, previous, form);
      // asked for here, not in an effect: the redrawn page no longer has this form, so no effect of it would run;
      // the report's list of corrections now shows the note
      if (result.ok) focusWhenPresent("corrections-heading", "report-title");
      return result;
    },
    null,
  );
  const error = state && !state.ok ? state.error : null;
  const fieldErrors = (state && !state.ok && state.fieldErrors.note) || [];
  const typed = (state && !state.ok && state.values?.note) || "";

  return (
    // a second click while the first is on its way sends nothing (the button stays focusable: aria-disabled)
    <form action={action} onSubmit={(e) => pending && e.preventDefault()} aria-label={t("form")} noValidate>
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      <input type="hidden" name="throughId" value={throughId} />
      <div className="field">
        <label htmlFor="pending-correction-note">{t("note")}</label>
        <span className="hint" id="pending-correction-note-hint">
          {t("hint")}
        </span>
        <textarea
          id="pending-correction-note"
          name="note"
          defaultValue={typed}
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
