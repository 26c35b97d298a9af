"use client";

import Link from "next/link";
import type { ArticleSuggestionDto } from "@/lib/articles/find-article-suggestions";

/**
 * Sentences of this article that match existing claims ("already checked")
 * or look worth checking. Choosing one selects it in the text; nothing is
 * annotated until the editor says so.
 */
export function SuggestionList({ slug, suggestions, onSelect }: { slug: string; suggestions: ArticleSuggestionDto[]; onSelect(start: number, end: number): void }) {
  const checked = suggestions.filter((s) => s.claim);
  const worth = suggestions.filter((s) => !s.claim);
  return (
    <details className="panel" style={{ marginBottom: "1rem" }}>
      <summary>
        <strong>Suggestions</strong> <span className="muted">({checked.length} already checked, {worth.length} worth checking)</span>
      </summary>
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
