"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { TextSelection } from "@/lib/anchoring/dom";
import type { Kind } from "@/lib/reader/reader-state";

/**
 * Appears when text is selected: shows the exact selection and offers "Note"
 * and "Claim"; then a short form for the note and tags. Buttons keep the page
 * selection alive (mousedown is not allowed to clear it).
 */
export function SelectionToolbar({
  at,
  selection,
  composing,
  reattaching,
  error,
  pending,
  onCompose,
  onSave,
  onReattach,
  onCancel,
}: {
  at: { top: number; left: number };
  selection: TextSelection;
  composing: Kind | null;
  reattaching: boolean;
  error: string | null;
  pending: boolean;
  onCompose(kind: Kind): void;
  onSave(body: string, tags: string): void;
  onReattach(): void;
  onCancel(): void;
}) {
  const t = useTranslations("articles.toolbar");
  const [body, setBody] = useState("");
  const [tags, setTags] = useState("");
  const keep = (event: { preventDefault(): void }) => event.preventDefault();

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave(body, tags);
  }

  return (
    <section className="selection-toolbar" aria-label={t("label")} style={at}>
      <blockquote data-testid="selected-text">{selection.exact}</blockquote>
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      {reattaching ? (
        <div className="row-actions">
          <button className="button" type="button" onMouseDown={keep} onClick={onReattach} disabled={pending}>
            {t("reattachHere")}
          </button>
          <button className="button secondary" type="button" onMouseDown={keep} onClick={onCancel}>
            {t("cancel")}
          </button>
        </div>
      ) : composing ? (
        <form onSubmit={submit} aria-label={composing === "CLAIM" ? t("newClaim") : t("newNote")}>
          <div className="field">
            <label htmlFor="new-note">{composing === "CLAIM" ? t("claimBody") : t("noteBody")}</label>
            <textarea id="new-note" value={body} onChange={(e) => setBody(e.target.value)} autoFocus />
          </div>
          <div className="field">
            <label htmlFor="new-tags">{t("tags")}</label>
            <input
              id="new-tags"
              type="text"
              value={tags}
              onChange={(e) => setTags(e.target.value)}
              aria-describedby="new-tags-hint"
            />
            <span className="hint" id="new-tags-hint">
              {t("tagsHint")}
            </span>
          </div>
          <div className="row-actions">
            <button className="button" type="submit" disabled={pending}>
              {pending ? t("saving") : composing === "CLAIM" ? t("saveClaim") : t("saveNote")}
            </button>
            <button className="button secondary" type="button" onClick={onCancel}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : (
        <div className="row-actions">
          <button
            className="button"
            type="button"
            onMouseDown={keep}
            onClick={() => onCompose("NOTE")}
            aria-keyshortcuts="n"
          >
            {t("note")}
          </button>
          <button
            className="button secondary"
            type="button"
            onMouseDown={keep}
            onClick={() => onCompose("CLAIM")}
            aria-keyshortcuts="c"
          >
            {t("claim")}
          </button>
        </div>
      )}
    </section>
  );
}
