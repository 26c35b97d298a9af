"use client";

import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ArticleSuggestionsDto } from "@/lib/articles/find-article-suggestions";
import { fetchReaderJson, readerPaths } from "./fetch-reader-json";

/** The reasons lib/claims/check-worthiness gives, by their message in `articles.suggestions.reasons`. */
const REASONS = { figures: "figures", "direct quote": "directQuote", attribution: "attribution" } as const;

/**
 * Sentences of this article that match existing claims ("already checked")
 * or look worth checking. Choosing one selects it in the text; nothing is
 * annotated until the editor says so. Computed when first opened, not with
 * every page load.
 */
export function SuggestionList({
  slug,
  articleId,
  onSelect,
}: {
  slug: string;
  articleId: string;
  onSelect(start: number, end: number): void;
}) {
  const t = useTranslations("articles.suggestions");
  const [suggestions, setSuggestions] = useState<ArticleSuggestionsDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const checked = suggestions?.items.filter((s) => s.claim) ?? [];
  const worth = suggestions?.items.filter((s) => !s.claim) ?? [];
  async function load(open: boolean) {
    if (!open || suggestions) return;
    const result = await fetchReaderJson<ArticleSuggestionsDto>(readerPaths.suggestions(slug, articleId)).catch(
      () => null, // no answer: it stays "loading", and opening it again asks again
    );
    if (result?.ok) setSuggestions(result.data);
    else if (result) setError(result.error);
  }
  return (
    <details className="panel" style={{ marginBottom: "1rem" }} onToggle={(e) => void load(e.currentTarget.open)}>
      <summary>
        <strong>{t("title")}</strong>{" "}
        <span className="muted" aria-live="polite">
          {suggestions ? t("counts", { checked: checked.length, worth: worth.length }) : t("notLoaded")}
        </span>
      </summary>
      {!suggestions && !error && <p className="muted">{t("loading")}</p>}
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      {checked.length > 0 && <h3 style={{ marginTop: "0.75rem" }}>{t("alreadyChecked")}</h3>}
      <ul className="annotation-list">
        {checked.map((s) => (
          <li key={s.start}>
            <button type="button" onClick={() => onSelect(s.start, s.end)}>
              <span className="q">“{s.sentence}”</span>
            </button>
            <span className="meta">
              {t.rich("matches", {
                statement: s.claim!.statement,
                link: (chunks) => <Link href={`/w/${slug}/claims/${s.claim!.id}`}>{chunks}</Link>,
              })}
            </span>
          </li>
        ))}
      </ul>
      {suggestions?.capped && (
        <p className="muted" style={{ marginTop: "0.75rem" }}>
          {t("capped", { compared: suggestions.compared })}
        </p>
      )}
      {worth.length > 0 && <h3 style={{ marginTop: "0.75rem" }}>{t("worthChecking")}</h3>}
      <ul className="annotation-list">
        {worth.map((s) => (
          <li key={s.start}>
            <button type="button" onClick={() => onSelect(s.start, s.end)}>
              <span className="q">“{s.sentence}”</span>
              <span className="meta">
                {s.reasons
                  .map((reason) =>
                    reason in REASONS ? t(`reasons.${REASONS[reason as keyof typeof REASONS]}`) : reason,
                  )
                  .join(", ")}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
