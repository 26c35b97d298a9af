"use client";

import { useTranslations } from "next-intl";
import { focusWhenPresent } from "@/app/_components/focus-when-present";
import { useRef, useState } from "react";
import { CorrectionNoteField } from "@/app/_components/correction-note-field";
import { unlinkAppearanceAction } from "../actions";
import { useActionCall } from "@/app/_components/use-action-call";

/**
 * Editors: "this passage does not state the claim after all". A confirm step
 * first; when the claim is in a published report the server asks for a
 * correction note, which appears here, and the unlink is sent again with it.
 * Afterwards the appearance is gone: the focus goes to the list's heading.
 */
export function UnlinkAppearance({
  slug,
  claimId,
  annotationId,
  articleTitle,
  headingId,
}: {
  slug: string;
  claimId: string;
  annotationId: string;
  articleTitle: string;
  headingId: string;
}) {
  const t = useTranslations("claims");
  const [confirming, setConfirming] = useState(false);
  const [needsNote, setNeedsNote] = useState<string[] | null>(null);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, call] = useActionCall();
  const opener = useRef<HTMLButtonElement>(null);
  const questionId = `unlink-${annotationId}`;

  const cancel = () => {
    setConfirming(false);
    setError(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const unlink = () =>
    !pending &&
    call(
      () => unlinkAppearanceAction(slug, { claimId, annotationId, ...(needsNote ? { correctionNote: note } : {}) }),
      (result) => {
        if (!result.ok) {
          if (result.fieldErrors.correctionNote) setNeedsNote(result.fieldErrors.correctionNote);
          return setError(result.error);
        }
        focusWhenPresent(headingId);
      },
    );

  if (!confirming) {
    return (
      <button
        ref={opener}
        className="button small danger"
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={t("unlinkAppearance.label", { article: articleTitle })}
      >
        {t("unlinkAppearance.unlink")}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={questionId} className="confirm-box">
      <p id={questionId}>
        {t.rich("unlinkAppearance.question", { article: articleTitle, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      {needsNote && (
        <CorrectionNoteField id={`unlink-note-${annotationId}`} value={note} onChange={setNote} errors={needsNote} />
      )}
      <div className="row-actions">
        <button
          className="button small danger"
          type="button"
          aria-disabled={pending || undefined}
          onClick={unlink}
          autoFocus
        >
          {pending ? t("unlinkAppearance.unlinking") : t("unlinkAppearance.confirm")}
        </button>
        <button className="button small secondary" type="button" onClick={cancel}>
          {t("shared.cancel")}
        </button>
      </div>
    </div>
  );
}
