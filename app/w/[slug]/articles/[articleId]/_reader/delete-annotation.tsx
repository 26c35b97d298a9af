"use client";

import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { CorrectionNoteField } from "@/app/_components/correction-note-field";
import type { ActionResult } from "@/lib/http/action-result";

/**
 * The author or an admin: deletes the annotation after a confirm step. A
 * passage a published report shows needs a correction note: the server asks
 * (a `correctionNote` field error), the field appears, and the delete is sent
 * again with the note. `remove` is the reader's save: on success the annotation
 * leaves the reader and its panel closes.
 */
export function DeleteAnnotation({
  annotationId,
  remove: removeAnnotation,
}: {
  annotationId: string;
  remove(correctionNote?: string): Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("articles.deleteAnnotation");
  const [confirming, setConfirming] = useState(false);
  const [needsNote, setNeedsNote] = useState<string[] | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const opener = useRef<HTMLButtonElement>(null);

  const remove = () =>
    !pending &&
    start(async () => {
      const result = await removeAnnotation(needsNote ? note : undefined);
      if (result.ok) return;
      if (result.fieldErrors.correctionNote) setNeedsNote(result.fieldErrors.correctionNote);
      setError(result.error);
    });

  if (!confirming) {
    return (
      <button ref={opener} className="button small danger" type="button" onClick={() => setConfirming(true)}>
        {t("delete")}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={`delete-${annotationId}`} className="confirm-box" style={{ width: "100%" }}>
      <p id={`delete-${annotationId}`}>{t.rich("confirm", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      {needsNote && (
        <CorrectionNoteField id={`delete-note-${annotationId}`} value={note} onChange={setNote} errors={needsNote} />
      )}
      <div className="row-actions">
        <button
          className="button small danger"
          type="button"
          aria-disabled={pending || undefined}
          onClick={remove}
          autoFocus
        >
          {pending ? t("deleting") : t("yes")}
        </button>
        <button
          className="button small secondary"
          type="button"
          onClick={() => (setConfirming(false), setError(null), requestAnimationFrame(() => opener.current?.focus()))}
        >
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
