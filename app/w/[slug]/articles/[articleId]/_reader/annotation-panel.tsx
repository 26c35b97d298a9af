"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { wordDiff } from "@/lib/anchoring";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import type { AnnotationDetailDto } from "@/lib/annotations/get-annotation-detail";
import type { ActionResult } from "@/lib/http/action-result";
import { useIdempotencyKey } from "@/app/_components/use-idempotency-key";
import { fetchReaderJson, readerPaths, type Json } from "./fetch-reader-json";
import { ClaimSection } from "./claim-section";
import { DeleteAnnotation } from "./delete-annotation";
import { LocalTime } from "@/app/_components/time/local-time";
import { labelKey } from "@/lib/i18n/labels";

export interface PanelActions {
  update(input: { body: string; tags: string; kind: "NOTE" | "CLAIM" }): Promise<boolean>;
  /** deletes it; the answer's field errors are DeleteAnnotation's to show (a correction note may be needed) */
  remove(correctionNote?: string): Promise<ActionResult<unknown>>;
  /** the key makes a double submit one reply (see useIdempotencyKey) */
  reply(body: string, idempotencyKey: string): Promise<boolean>;
  removeReply(replyId: string): Promise<boolean>;
  startReattach(): void;
  /** a claim from the passage; the answer's field errors are the form's to show */
  createClaim(fields: Record<string, string>): Promise<ActionResult<unknown>>;
}

/** One annotation opened: quote, what changed, the note, its thread, and what the reader may do with it. */
export function AnnotationPanel({
  slug,
  articleId,
  annotation: a,
  canWrite,
  isLatest,
  error,
  onClose,
  actions,
}: {
  slug: string;
  articleId: string;
  annotation: AnnotationDto;
  canWrite: boolean;
  isLatest: boolean;
  error: string | null;
  onClose(): void;
  actions: PanelActions;
}) {
  const t = useTranslations("articles.panel");
  const labels = useTranslations("labels");
  const [editing, setEditing] = useState(false);
  const [reply, setReply] = useState("");
  const [sendingReply, setSendingReply] = useState(false);
  const [replyKey, renewReplyKey] = useIdempotencyKey();
  const [detail, setDetail] = useState<Json<AnnotationDetailDto> | null>(null);
  const [detailError, setDetailError] = useState<string | null>(null);

  // The note and its thread load when the panel opens, and again after an edit or a reply.
  useEffect(() => {
    const request = new AbortController();
    fetchReaderJson<AnnotationDetailDto>(readerPaths.annotation(slug, articleId, a.id), request.signal).then(
      (result) => (result.ok ? setDetail(result.data) : setDetailError(result.error)),
      () => {}, // aborted, or no answer: the note stays "loading", as before
    );
    return () => request.abort();
  }, [slug, articleId, a.id, a.revision, a.replyCount]);
  const lostPlace = a.anchorState === "ORPHANED" || a.anchorState === "AMBIGUOUS" || a.anchorState === "TEXT_CHANGED";

  async function saveEdit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const ok = await actions.update({
      body: String(form.get("body")),
      tags: String(form.get("tags")),
      kind: form.get("kind") === "CLAIM" ? "CLAIM" : "NOTE",
    });
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
        <h2 id="panel-title">{t("title", { kind: a.kind, author: a.authorName })}</h2>
        <button
          className="button small secondary"
          type="button"
          onClick={onClose}
          aria-label={t("close")}
          aria-keyshortcuts="Escape"
        >
          ✕
        </button>
      </header>
      <p className="muted" style={{ fontSize: "0.85rem" }}>
        {detail && (
          <>
            <LocalTime date={detail.createdAt} />{" "}
          </>
        )}
        {a.anchorState !== "EXACT" && (
          <span className={`state ${a.anchorState}`}>{labels(labelKey.anchorState(a.anchorState))}</span>
        )}
      </p>
      <blockquote className="quote">{a.exact}</blockquote>
      {a.anchorState === "TEXT_CHANGED" && a.previousExact !== null && (
        <div data-testid="text-diff">
          <p style={{ fontWeight: 600, marginBottom: "0.25rem" }}>{t("textChanged")}</p>
          <p className="diff">
            {wordDiff(a.previousExact, a.exact).map((part, i) =>
              part.type === "delete" ? (
                <del key={i}>{part.text}</del>
              ) : part.type === "insert" ? (
                <ins key={i}>{part.text}</ins>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </p>
        </div>
      )}
      {(a.anchorState === "ORPHANED" || a.anchorState === "AMBIGUOUS") && (
        <p className="alert error">{a.anchorState === "ORPHANED" ? t("orphaned") : t("ambiguous")}</p>
      )}
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      {editing ? (
        <form onSubmit={saveEdit} aria-label={t("editLabel")}>
          <div className="field">
            <label htmlFor="edit-body">{t("body")}</label>
            <textarea id="edit-body" name="body" defaultValue={detail?.body ?? ""} autoFocus />
          </div>
          <div className="field">
            <label htmlFor="edit-tags">{t("tags")}</label>
            <input id="edit-tags" name="tags" type="text" defaultValue={a.tags.join(", ")} />
          </div>
          <div className="field">
            <label htmlFor="edit-kind">{t("kind")}</label>
            <select id="edit-kind" name="kind" defaultValue={a.kind}>
              <option value="NOTE">{t("kinds.NOTE")}</option>
              <option value="CLAIM">{t("kinds.CLAIM")}</option>
            </select>
          </div>
          <div className="row-actions">
            <button className="button" type="submit">
              {t("saveChanges")}
            </button>
            <button className="button secondary" type="button" onClick={() => setEditing(false)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : (
        <>
          {detailError && (
            <p role="alert" className="alert error">
              {detailError}
            </p>
          )}
          {!detail ? (
            <p className="muted">{t("loadingNote")}</p>
          ) : detail.bodyHtml.trim() ? (
            <div className="note-body" dangerouslySetInnerHTML={{ __html: detail.bodyHtml }} />
          ) : (
            <p className="muted">{t("noNote")}</p>
          )}
          {a.tags.length > 0 && (
            <p className="tags" aria-label={t("tagsLabel")}>
              {a.tags.map((tag) => (
                <span key={tag} className="badge">
                  {tag}
                </span>
              ))}
            </p>
          )}
          <div className="row-actions">
            {a.canEdit && isLatest && detail && (
              <button className="button small secondary" type="button" onClick={() => setEditing(true)}>
                {t("edit")}
              </button>
            )}
            {canWrite && isLatest && lostPlace && (
              <button className="button small secondary" type="button" onClick={actions.startReattach}>
                {t("reattach")}
              </button>
            )}
            {a.canDelete && isLatest && <DeleteAnnotation annotationId={a.id} remove={actions.remove} />}
          </div>
        </>
      )}
      {(a.kind === "CLAIM" || a.claims.length > 0) && (
        <ClaimSection slug={slug} annotation={a} canWrite={canWrite && isLatest} createClaim={actions.createClaim} />
      )}
      <h3 style={{ marginTop: "1rem" }}>{t("replies", { count: a.replyCount })}</h3>
      <ul className="replies">
        {detail?.replies.map((r) => (
          <li key={r.id}>
            <strong>{r.authorName}</strong>{" "}
            <span className="muted">
              <LocalTime date={r.createdAt} />
            </span>
            <div className="note-body" dangerouslySetInnerHTML={{ __html: r.bodyHtml }} />
            {r.canDelete && (
              <button
                className="button small danger"
                type="button"
                onClick={() => actions.removeReply(r.id)}
                aria-label={t("deleteReplyLabel", { author: r.authorName })}
              >
                {t("deleteReply")}
              </button>
            )}
          </li>
        ))}
      </ul>
      {canWrite && (
        <form onSubmit={sendReply} aria-label={t("replyFormLabel")}>
          <label className="visually-hidden" htmlFor="reply-body">
            {t("replyLabel")}
          </label>
          <textarea
            id="reply-body"
            value={reply}
            onChange={(e) => setReply(e.target.value)}
            placeholder={t("replyPlaceholder")}
            style={{ minHeight: "4rem" }}
          />
          <div className="row-actions">
            <button className="button small" type="submit" disabled={!reply.trim() || sendingReply}>
              {sendingReply ? t("posting") : t("postReply")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
