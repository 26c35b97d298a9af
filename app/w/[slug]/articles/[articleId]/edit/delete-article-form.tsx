"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deleteArticleAction } from "../../actions";
import { FormOutcome } from "@/app/_components/form-outcome";

/**
 * Admins only: removes the article from the workspace (kept in the database
 * and the audit log; an admin can restore it). When a published report shows
 * it, the server asks for a correction note: the field appears with the
 * message, and the next submit sends it.
 */
export function DeleteArticleForm({ slug, articleId, title }: { slug: string; articleId: string; title: string }) {
  const t = useTranslations("articles.deleteArticle");
  const [state, action, pending] = useActionState(deleteArticleAction.bind(null, slug, articleId), null);
  const noteErrors = state && !state.ok ? state.fieldErrors.correctionNote : undefined;
  const needsNote = Boolean(noteErrors) || Boolean(state && !state.ok && state.values?.correctionNote);
  return (
    <form
      action={action}
      aria-labelledby="delete-heading"
      onSubmit={(e) => !needsNote && !confirm(t("confirm", { title })) && e.preventDefault()}
    >
      <h2 id="delete-heading">{t("heading")}</h2>
      <p className="muted">{t("explanation")}</p>
      <FormOutcome state={state} success={false} />
      {needsNote && (
        <div className="field correction-note">
          <label htmlFor="delete-correction-note">{t("noteLabel")}</label>
          <span className="hint" id="delete-correction-note-hint">
            {t("noteHint")}
          </span>
          <textarea
            id="delete-correction-note"
            name="correctionNote"
            required
            maxLength={2000}
            autoFocus
            defaultValue={state && !state.ok ? (state.values?.correctionNote ?? "") : ""}
            aria-describedby={`delete-correction-note-hint${noteErrors ? " delete-correction-note-error" : ""}`}
            style={{ minHeight: "3rem" }}
          />
          {noteErrors && (
            <p className="field-error" id="delete-correction-note-error">
              {noteErrors.join(" ")}
            </p>
          )}
        </div>
      )}
      <button className="button danger" type="submit" disabled={pending}>
        {needsNote ? t("submitWithNote") : t("submit")}
      </button>
    </form>
  );
}
