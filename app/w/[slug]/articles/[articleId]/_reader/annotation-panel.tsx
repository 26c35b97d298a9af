"use client";

import { useEffect, useState, type FormEvent } from "react";
import { wordDiff } from "@/lib/anchoring";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import type { AnnotationDetailDto } from "@/lib/annotations/get-annotation-detail";
import { useIdempotencyKey } from "@/app/_components/use-idempotency-key";
import { getAnnotationDetailAction } from "../actions";
import { STATE_LABELS } from "./annotation-list";
import { ClaimSection } from "./claim-section";
import { DeleteAnnotation } from "./delete-annotation";
import { LocalTime } from "@/app/_components/time/local-time";

export interface PanelActions {
  update(input: { body: string; tags: string; kind: "NOTE" | "CLAIM" }): Promise<boolean>;
  /** after the annotation was deleted (DeleteAnnotation calls the action itself: it may need a correction note) */
  removed(): void;
  /** the key makes a double submit one reply (see useIdempotencyKey) */
  reply(body: string, idempotencyKey: string): Promise<boolean>;
  removeReply(replyId: string): Promise<boolean>;
  startReattach(): void;
}

/** One annotation opened: quote, what changed, the note, its thread, and what the reader may do with it. */
export function AnnotationPanel({ slug, annotation: a, canWrite, isLatest, error, onClose, actions }: {
  slug: string;
  annotation: AnnotationDto;
  canWrite: boolean;
  isLatest: boolean;
  error: string | null;
  onClose(): void;
  actions: PanelActions;
}) {
  const [editing, setEditing] = useState(false);
  const [reply, setReply] = useState("");
  const [sendingReply, setSendingReply] = useState(false);
  const [replyKey, renewReplyKey] = useIdempotencyKey();
  const [detail, setDetail] = useState<AnnotationDetailDto | null>(null);
  const [detailError, setDetailError] = useState<string | null>(null);

  // The note and its thread load when the panel opens, and again after an edit or a reply.
  useEffect(() => {
    let current = true;
    getAnnotationDetailAction(slug, a.id).then((result) => {
      if (!current) return;
      if (result.ok) setDetail(result.data);
      else setDetailError(result.error);
    });
    return () => {
      current = false;
    };
  }, [slug, a.id, a.revision, a.replyCount]);
  const lostPlace = a.anchorState === "ORPHANED" || a.anchorState === "AMBIGUOUS" || a.anchorState === "TEXT_CHANGED";

  async function saveEdit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const ok = await actions.update({ body: String(form.get("body")), tags: String(form.get("tags")), kind: form.get("kind") === "CLAIM" ? "CLAIM" : "NOTE" });
    if (ok) setEditing(false);
  }
  async function sendReply(event: FormEvent) {
    event.preventDefault();
    if (sendingReply) return;
    setSendingReply(true);
    try {
      if (await actions.reply(reply, replyKey)) {
        setReply("");
        renewReplyKey();
      }
    } finally {
      setSendingReply(false);
    }
  }

  return (
    <section className="panel" role="region" aria-labelledby="panel-title" data-testid="annotation-panel">
      <header>
        <h2 id="panel-title">{a.kind === "CLAIM" ? "Claim" : "Note"} by {a.authorName}</h2>
        <button className="button small secondary" type="button" onClick={onClose} aria-label="Close annotation" aria-keyshortcuts="Escape">
          ✕
        </button>
      </header>
      <p className="muted" style={{ fontSize: "0.85rem" }}>
        {detail && <><LocalTime date={detail.createdAt} />{" "}</>}{a.anchorState !== "EXACT" && <span className={`state ${a.anchorState}`}>{STATE_LABELS[a.anchorState]}</span>}
      </p>
      <blockquote className="quote">{a.exact}</blockquote>
      {a.anchorState === "TEXT_CHANGED" && a.previousExact !== null && (
        <div data-testid="text-diff">
          <p style={{ fontWeight: 600, marginBottom: "0.25rem" }}>The quoted text changed in the new version:</p>
          <p className="diff">
            {wordDiff(a.previousExact, a.exact).map((part, i) =>
              part.type === "delete" ? <del key={i}>{part.text}</del> : part.type === "insert" ? <ins key={i}>{part.text}</ins> : <span key={i}>{part.text}</span>,
            )}
          </p>
        </div>
      )}
      {(a.anchorState === "ORPHANED" || a.anchorState === "AMBIGUOUS") && (
        <p className="alert error">{a.anchorState === "ORPHANED" ? "This passage was not found in the new version." : "This passage now appears in several places; Factdesk did not guess."} Select the right text and re-attach it.</p>
      )}
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      {editing ? (
        <form onSubmit={saveEdit} aria-label="Edit annotation">
          <div className="field">
            <label htmlFor="edit-body">Note (Markdown)</label>
            <textarea id="edit-body" name="body" defaultValue={detail?.body ?? ""} autoFocus />
          </div>
          <div className="field">
            <label htmlFor="edit-tags">Tags</label>
            <input id="edit-tags" name="tags" type="text" defaultValue={a.tags.join(", ")} />
          </div>
          <div className="field">
            <label htmlFor="edit-kind">Kind</label>
            <select id="edit-kind" name="kind" defaultValue={a.kind}>
              <option value="NOTE">Note</option>
              <option value="CLAIM">Claim</option>
            </select>
          </div>
          <div className="row-actions">
            <button className="button" type="submit">Save changes</button>
            <button className="button secondary" type="button" onClick={() => setEditing(false)}>Cancel</button>
          </div>
        </form>
      ) : (
        <>
          {detailError && <p role="alert" className="alert error">{detailError}</p>}
          {!detail ? <p className="muted">Loading the note…</p> : detail.bodyHtml.trim() ? <div className="note-body" dangerouslySetInnerHTML={{ __html: detail.bodyHtml }} /> : <p className="muted">No note.</p>}
          {a.tags.length > 0 && (
            <p className="tags" aria-label="Tags">
              {a.tags.map((t) => <span key={t} className="badge">{t}</span>)}
            </p>
          )}
          <div className="row-actions">
            {a.canEdit && isLatest && detail && <button className="button small secondary" type="button" onClick={() => setEditing(true)}>Edit</button>}
            {canWrite && isLatest && lostPlace && <button className="button small secondary" type="button" onClick={actions.startReattach}>Re-attach to a new selection</button>}
            {a.canDelete && isLatest && <DeleteAnnotation slug={slug} annotationId={a.id} onDeleted={actions.removed} />}
          </div>
        </>
      )}
      {(a.kind === "CLAIM" || a.claims.length > 0) && <ClaimSection slug={slug} annotation={a} canWrite={canWrite && isLatest} />}
      <h3 style={{ marginTop: "1rem" }}>Replies ({a.replyCount})</h3>
      <ul className="replies">
        {detail?.replies.map((r) => (
          <li key={r.id}>
            <strong>{r.authorName}</strong> <span className="muted"><LocalTime date={r.createdAt} /></span>
            <div className="note-body" dangerouslySetInnerHTML={{ __html: r.bodyHtml }} />
            {r.canDelete && <button className="button small danger" type="button" onClick={() => actions.removeReply(r.id)} aria-label={`Delete reply by ${r.authorName}`}>Delete</button>}
          </li>
        ))}
      </ul>
      {canWrite && (
        <form onSubmit={sendReply} aria-label="Post a reply">
          <label className="visually-hidden" htmlFor="reply-body">Reply</label>
          <textarea id="reply-body" value={reply} onChange={(e) => setReply(e.target.value)} placeholder="Reply (Markdown)" style={{ minHeight: "4rem" }} />
          <div className="row-actions">
            <button className="button small" type="submit" disabled={!reply.trim() || sendingReply}>{sendingReply ? "Posting…" : "Post reply"}</button>
          </div>
        </form>
      )}
    </section>
  );
}
