"use client";

import { useActionState } from "react";
import { deleteArticleAction } from "../../actions";
import { FormOutcome } from "@/app/_components/form-outcome";

/**
 * Admins only: removes the article from the workspace (kept in the database
 * and the audit log; an admin can restore it). When a published report shows
 * it, the server asks for a correction note: the field appears with the
 * message, and the next submit sends it.
 */
export function DeleteArticleForm({ slug, articleId, title }: { slug: string; articleId: string; title: string }) {
  const [state, action, pending] = useActionState(deleteArticleAction.bind(null, slug, articleId), null);
  const noteErrors = state && !state.ok ? state.fieldErrors.correctionNote : undefined;
  const needsNote = Boolean(noteErrors) || Boolean(state && !state.ok && state.values?.correctionNote);
  return (
    <form action={action} aria-labelledby="delete-heading" onSubmit={(e) => !needsNote && !confirm(`Delete “${title}” and its annotations?`) && e.preventDefault()}>
      <h2 id="delete-heading">Delete article</h2>
      <p className="muted">The article and its annotations disappear from the workspace. The audit log keeps the record, and an admin can restore it.</p>
      <FormOutcome state={state} success={false} />
      {needsNote && (
        <div className="field correction-note">
          <label htmlFor="delete-correction-note">Correction note (published with today’s date)</label>
          <span className="hint" id="delete-correction-note-hint">A published report shows this article: say what was removed and why, for readers.</span>
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
          {noteErrors && <p className="field-error" id="delete-correction-note-error">{noteErrors.join(" ")}</p>}
        </div>
      )}
      <button className="button danger" type="submit" disabled={pending}>
        {needsNote ? "Delete with the correction note" : "Delete article"}
      </button>
    </form>
  );
}
