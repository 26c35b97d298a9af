"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";

/** Occurrences of `needle` in `text` (case-insensitive), as offsets. */
export function findOccurrences(text: string, needle: string, limit = 50): number[] {
  if (!needle) return [];
  const haystack = text.toLocaleLowerCase();
  const target = needle.toLocaleLowerCase();
  const found: number[] = [];
  for (let i = haystack.indexOf(target); i !== -1 && found.length < limit; i = haystack.indexOf(target, i + 1))
    found.push(i);
  return found;
}

/**
 * Keyboard path to a selection: type a phrase, choose which occurrence, and it
 * becomes the page's selection, ready for "n" or "c".
 */
export function FindDialog({
  open,
  text,
  onClose,
  onSelect,
}: {
  open: boolean;
  text: string;
  onClose(): void;
  onSelect(start: number, end: number): void;
}) {
  const t = useTranslations("articles.find");
  const ref = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState("");
  const [occurrence, setOccurrence] = useState(0);
  const hits = findOccurrences(text, query);
  useEffect(() => {
    if (open && !ref.current?.open) ref.current?.showModal();
    if (!open) {
      ref.current?.close();
      // Every search starts afresh: emptied on closing, not on opening. Emptied on opening, the input showed the
      // last search until React rendered again, and keys typed at once were added to it ("3,400 residents40 million
      // euros", the keyboard-only e2e test's flake).
      setQuery("");
      setOccurrence(0);
    }
  }, [open]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const start = hits[Math.min(occurrence, hits.length - 1)];
    if (start === undefined) return;
    onSelect(start, start + query.length);
  }

  return (
    <dialog ref={ref} aria-labelledby="find-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="find-title">{t("title")}</h2>
        <div className="field">
          <label htmlFor="find-query">{t("label")}</label>
          <input
            id="find-query"
            type="search"
            value={query}
            autoFocus
            onChange={(e) => (setQuery(e.target.value), setOccurrence(0))}
            aria-describedby="find-status"
          />
          <span id="find-status" className="hint" role="status">
            {query ? t("matches", { count: hits.length }) : t("typeHint")}
          </span>
        </div>
        {hits.length > 1 && (
          <div className="field">
            <label htmlFor="find-occurrence">{t("occurrence")}</label>
            <select id="find-occurrence" value={occurrence} onChange={(e) => setOccurrence(Number(e.target.value))}>
              {hits.map((start, i) => (
                <option key={start} value={i}>
                  {i + 1}: …{text.slice(Math.max(0, start - 30), start + query.length + 30).replace(/\s+/g, " ")}…
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="row-actions">
          <button className="button" type="submit" disabled={hits.length === 0}>
            {t("select")}
          </button>
          <button className="button secondary" type="button" onClick={onClose}>
            {t("cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
