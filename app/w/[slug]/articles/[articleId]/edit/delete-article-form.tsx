"use client";

import { useActionState } from "react";
import { deleteArticleAction } from "../../actions";

/** Admins only: removes the article from the workspace (kept in the database and the audit log). */
export function DeleteArticleForm({ slug, articleId, title }: { slug: string; articleId: string; title: string }) {
  const [state, action, pending] = useActionState(deleteArticleAction.bind(null, slug, articleId), null);
  return (
    <form action={action} aria-labelledby="delete-heading" onSubmit={(e) => !confirm(`Delete “${title}” and its annotations?`) && e.preventDefault()}>
      <h2 id="delete-heading">Delete article</h2>
      <p className="muted">The article and its annotations disappear from the workspace. The audit log keeps the record.</p>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      <button className="button danger" type="submit" disabled={pending}>
        Delete article
      </button>
    </form>
  );
}
