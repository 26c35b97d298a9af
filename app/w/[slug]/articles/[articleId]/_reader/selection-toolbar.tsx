"use client";

import { useState, type FormEvent } from "react";
import type { TextSelection } from "@/lib/anchoring/dom";

export type Kind = "NOTE" | "CLAIM";

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
  const [body, setBody] = useState("");
  const [tags, setTags] = useState("");
  const keep = (event: { preventDefault(): void }) => event.preventDefault();

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave(body, tags);
  }

  return (
    <section className="selection-toolbar" aria-label="Selected text" style={at}>
      <blockquote data-testid="selected-text">{selection.exact}</blockquote>
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      {reattaching ? (
        <div className="row-actions">
          <button className="button" type="button" onMouseDown={keep} onClick={onReattach} disabled={pending}>
            Re-attach here
          </button>
          <button className="button secondary" type="button" onMouseDown={keep} onClick={onCancel}>
            Cancel
          </button>
        </div>
      ) : composing ? (
        <form onSubmit={submit} aria-label={composing === "CLAIM" ? "New claim" : "New note"}>
          <div className="field">
            <label htmlFor="new-note">{composing === "CLAIM" ? "Why check this claim? (Markdown)" : "Note (Markdown)"}</label>
            <textarea id="new-note" value={body} onChange={(e) => setBody(e.target.value)} autoFocus />
          </div>
          <div className="field">
            <label htmlFor="new-tags">Tags</label>
            <input id="new-tags" type="text" value={tags} onChange={(e) => setTags(e.target.value)} aria-describedby="new-tags-hint" />
            <span className="hint" id="new-tags-hint">
              Separate with commas
            </span>
          </div>
          <div className="row-actions">
            <button className="button" type="submit" disabled={pending}>
              {pending ? "Saving…" : composing === "CLAIM" ? "Save claim" : "Save note"}
            </button>
            <button className="button secondary" type="button" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="row-actions">
          <button className="button" type="button" onMouseDown={keep} onClick={() => onCompose("NOTE")} aria-keyshortcuts="n">
            Note
          </button>
          <button className="button secondary" type="button" onMouseDown={keep} onClick={() => onCompose("CLAIM")} aria-keyshortcuts="c">
            Claim
          </button>
        </div>
      )}
    </section>
  );
}
