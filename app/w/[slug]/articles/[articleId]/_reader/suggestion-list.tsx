"use client";

import Link from "next/link";
import { useState } from "react";
import type { ArticleSuggestionDto } from "@/lib/articles/find-article-suggestions";
import { findArticleSuggestionsAction } from "../actions";

/**
 * Sentences of this article that match existing claims ("already checked")
 * or look worth checking. Choosing one selects it in the text; nothing is
 * annotated until the editor says so. Computed when first opened, not with
 * every page load.
 */
export function SuggestionList({ slug, articleId, onSelect }: { slug: string; articleId: string; onSelect(start: number, end: number): void }) {
  const [suggestions, setSuggestions] = useState<ArticleSuggestionDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const checked = suggestions?.filter((s) => s.claim) ?? [];
  const worth = suggestions?.filter((s) => !s.claim) ?? [];
  async function load(open: boolean) {
    if (!open || suggestions) return;
    const result = await findArticleSuggestionsAction(slug, articleId);
    if (result.ok) setSuggestions(result.data);
    else setError(result.error);
  }
  return (
    <details className="panel" style={{ marginBottom: "1rem" }} onToggle={(e) => void load(e.currentTarget.open)}>
      <summary>
        <strong>Suggestions</strong>{" "}
        <span className="muted" aria-live="polite">{suggestions ? `(${checked.length} already checked, ${worth.length} worth checking)` : "(sentences worth checking)"}</span>
      </summary>
      {!suggestions && !error && <p className="muted">Looking for sentences…</p>}
      {error && <p role="alert" className="alert error">{error}</p>}
      {checked.length > 0 && <h3 style={{ marginTop: "0.75rem" }}>Already checked</h3>}
      <ul className="annotation-list">
        {checked.map((s) => (
          <li key={s.start}>
            <button type="button" onClick={() => onSelect(s.start, s.end)}><span className="q">“{s.sentence}”</span></button>
            <span className="meta">Matches <Link href={`/w/${slug}/claims/${s.claim!.id}`}>{s.claim!.statement}</Link></span>
          </li>
        ))}
      </ul>
      {worth.length > 0 && <h3 style={{ marginTop: "0.75rem" }}>Worth checking</h3>}
      <ul className="annotation-list">
        {worth.map((s) => (
          <li key={s.start}>
            <button type="button" onClick={() => onSelect(s.start, s.end)}>
              <span className="q">“{s.sentence}”</span>
              <span className="meta">{s.reasons.join(", ")}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
