"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { reviewVerdictAction } from "../actions";
import { useActionCall } from "@/app/_components/use-action-call";
import { focusWhenPresent } from "@/app/_components/focus-when-present";

type Decision = "APPROVE" | "REJECT" | "REQUEST_CHANGES";

/**
 * Approve, reject or request changes (the last two need a reason). While the
 * claim's appearances carry warnings (altered passage, changed figure), an
 * approval needs "I have read these warnings" ticked; `warnings` are their
 * one-line summaries, and the server's refusal brings them too if the page
 * did not know of them.
 */
export function ReviewForm({
  slug,
  verdictId,
  lockVersion,
  autoFocusReason,
  inPublishedReport = false,
  warnings = [],
  warningsId,
  onReviewed,
}: {
  slug: string;
  verdictId: string;
  lockVersion: number;
  autoFocusReason?: boolean;
  inPublishedReport?: boolean;
  warnings?: string[];
  /** the id of the warning block shown above the form, which the checkbox refers to */
  warningsId?: string;
  /** where the focus goes once decided (the form goes away with its verdict's new status); by default to the verdict's heading */
  onReviewed?: () => void;
}) {
  const t = useTranslations("claims.reviewForm");
  const [reason, setReason] = useState("");
  const [correctionNote, setCorrectionNote] = useState("");
  // shown when the page knows the claim is in a published report, or when an approval was refused for want of a note (e.g. from the review queue)
  const [needsNote, setNeedsNote] = useState(inPublishedReport);
  const [refusedWarnings, setRefusedWarnings] = useState<string[]>([]);
  const [acknowledged, setAcknowledged] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, call] = useActionCall();
  const checkbox = useRef<HTMLInputElement>(null);
  const shownWarnings = refusedWarnings.length > 0 ? refusedWarnings : warnings;
  const mustAcknowledge = shownWarnings.length > 0;

  const decide = (decision: Decision) => {
    if (pending) return;
    if (decision === "APPROVE" && mustAcknowledge && !acknowledged) {
      setError(t("acknowledgeFirst"));
      return checkbox.current?.focus();
    }
    call(
      () =>
        reviewVerdictAction(slug, {
          verdictId,
          lockVersion,
          decision,
          reason,
          acknowledgeWarnings: decision === "APPROVE" && acknowledged,
          ...(needsNote ? { correctionNote } : {}),
        }),
      (result) => {
        if (!result.ok) {
          if (result.fieldErrors.correctionNote) setNeedsNote(true);
          if (result.fieldErrors.acknowledgeWarnings) {
            setRefusedWarnings(result.fieldErrors.acknowledgeWarnings);
            setAcknowledged(false);
            requestAnimationFrame(() => checkbox.current?.focus());
          }
          return setError(result.error);
        }
        setError(null);
        if (onReviewed) onReviewed();
        else focusWhenPresent(`verdict-${verdictId}`);
      },
    );
  };

  return (
    <div role="group" aria-label={t("label")} className="panel" style={{ marginTop: "0.75rem" }}>
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={`reason-${verdictId}`}>{t("reason")}</label>
        <textarea
          id={`reason-${verdictId}`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoFocus={autoFocusReason}
          style={{ minHeight: "3rem" }}
        />
      </div>
      {needsNote && (
        <div className="field correction-note">
          <label htmlFor={`correction-${verdictId}`}>{t("correctionNote")}</label>
          <textarea
            id={`correction-${verdictId}`}
            value={correctionNote}
            onChange={(e) => setCorrectionNote(e.target.value)}
            maxLength={2000}
            style={{ minHeight: "3rem" }}
          />
        </div>
      )}
      {mustAcknowledge && (
        <div className="acknowledge">
          {(refusedWarnings.length > 0 || !warningsId) && (
            <ul aria-label={t("warnings")} id={`warnings-${verdictId}`}>
              {shownWarnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <label className="checkbox">
            <input
              ref={checkbox}
              type="checkbox"
              checked={acknowledged}
              onChange={(e) => setAcknowledged(e.target.checked)}
              aria-describedby={refusedWarnings.length > 0 || !warningsId ? `warnings-${verdictId}` : warningsId}
            />
            {t("acknowledge", { count: shownWarnings.length })}
          </label>
          <p className="hint">{t("acknowledgeHint")}</p>
        </div>
      )}
      <div className="row-actions">
        <button
          className="button small"
          type="button"
          aria-disabled={pending || undefined}
          onClick={() => decide("APPROVE")}
          aria-keyshortcuts="a"
        >
          {t("approve")}
        </button>
        <button
          className="button small secondary"
          type="button"
          aria-disabled={pending || undefined}
          onClick={() => decide("REQUEST_CHANGES")}
          aria-keyshortcuts="c"
        >
          {t("requestChanges")}
        </button>
        <button
          className="button small danger"
          type="button"
          aria-disabled={pending || undefined}
          onClick={() => decide("REJECT")}
          aria-keyshortcuts="r"
        >
          {t("reject")}
        </button>
      </div>
    </div>
  );
}
