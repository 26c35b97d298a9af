"use client";

import { useState } from "react";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";

/** Long lists start with this many items (pages with a thousand annotations stay quick); "Show all" renders the rest. */
const FIRST_ITEMS = 100;

export interface Filters {
  author: string;
  kind: string;
  tag: string;
  state: string;
}
export const NO_FILTERS: Filters = { author: "", kind: "", tag: "", state: "" };

export function applyFilters(annotations: AnnotationDto[], f: Filters): AnnotationDto[] {
  return annotations.filter(
    (a) => (!f.author || a.authorId === f.author) && (!f.kind || a.kind === f.kind) && (!f.tag || a.tags.includes(f.tag)) && (!f.state || a.anchorState === f.state),
  );
}

export const STATE_LABELS: Record<string, string> = {
  EXACT: "Exact",
  RELOCATED: "Moved",
  TEXT_CHANGED: "Text changed",
  AMBIGUOUS: "Ambiguous",
  ORPHANED: "Orphaned",
};

/** The margin: filters and the annotations in text order. Choosing one scrolls to and flashes its highlight. */
export function AnnotationList({
  all,
  shown,
  filters,
  activeId,
  onFilters,
  onChoose,
}: {
  all: AnnotationDto[];
  shown: AnnotationDto[];
  filters: Filters;
  activeId: string | null;
  onFilters(f: Filters): void;
  onChoose(id: string): void;
}) {
  const [showAll, setShowAll] = useState(false);
  const visible = showAll ? shown : shown.slice(0, FIRST_ITEMS);
  const authors = [...new Map(all.map((a) => [a.authorId, a.authorName])).entries()];
  const tags = [...new Set(all.flatMap((a) => a.tags))].sort();
  const select = (key: keyof Filters, label: string, options: [string, string][]) => (
    <label>
      {label}
      <select value={filters[key]} onChange={(e) => onFilters({ ...filters, [key]: e.target.value })}>
        <option value="">All</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="annotations-heading">
      <h2 id="annotations-heading">
        Annotations <span className="muted">({shown.length === all.length ? all.length : `${shown.length} of ${all.length}`})</span>
      </h2>
      <div className="filters" role="group" aria-label="Filter annotations">
        {select("author", "Author", authors)}
        {select("kind", "Kind", [["NOTE", "Notes"], ["CLAIM", "Claims"]])}
        {select("tag", "Tag", tags.map((t) => [t, t]))}
        {select("state", "Anchor", Object.entries(STATE_LABELS))}
      </div>
      {shown.length === 0 ? (
        <p className="muted">{all.length === 0 ? "No annotations yet. Select text in the article to add one." : "No annotation matches these filters."}</p>
      ) : (
        <ol className="annotation-list">
          {visible.map((a) => (
            <li key={a.id}>
              <button type="button" data-kind={a.kind} aria-current={a.id === activeId ? "true" : undefined} onClick={() => onChoose(a.id)}>
                <span className="q">“{a.exact}”</span>
                <span className="meta">
                  {a.kind === "CLAIM" ? "Claim" : "Note"} · {a.authorName}
                  {a.anchorState !== "EXACT" && (
                    <>
                      {" "}
                      · <span className={`state ${a.anchorState}`}>{STATE_LABELS[a.anchorState]}</span>
                    </>
                  )}
                </span>
                {a.bodyPreview && <span className="meta" style={{ display: "block" }}>{a.bodyPreview}</span>}
              </button>
            </li>
          ))}
        </ol>
      )}
      {visible.length < shown.length && (
        <button className="button small secondary" type="button" style={{ marginTop: "0.5rem" }} onClick={() => setShowAll(true)}>
          Show all {shown.length}
        </button>
      )}
    </section>
  );
}
