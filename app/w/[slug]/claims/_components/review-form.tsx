"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { reviewVerdictAction } from "../actions";
import { settle } from "@/app/_components/settle-action";

type Decision = "APPROVE" | "REJECT" | "REQUEST_CHANGES";

/**
 * Approve, reject or request changes (the last two need a reason). While the
 * claim's appearances carry warnings (altered passage, changed figure), an
 * approval needs "I have read these warnings" ticked; `warnings` are their
 * one-line summaries, and the server's refusal brings them too if the page
 * did not know of them.
 */
export function ReviewForm({ slug, verdictId, lockVersion, autoFocusReason, inPublishedReport = false, warnings = [], warningsId }: {
  slug: string;
  verdictId: string;
  lockVersion: number;
  autoFocusReason?: boolean;
  inPublishedReport?: boolean;
  warnings?: string[];
  /** the id of the warning block shown above the form, which the checkbox refers to */
  warningsId?: string;
}) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [correctionNote, setCorrectionNote] = useState("");
  // shown when the page knows the claim is in a published report, or when an approval was refused for want of a note (e.g. from the review queue)
  const [needsNote, setNeedsNote] = useState(inPublishedReport);
  const [refusedWarnings, setRefusedWarnings] = useState<string[]>([]);
  const [acknowledged, setAcknowledged] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const checkbox = useRef<HTMLInputElement>(null);
  const shownWarnings = refusedWarnings.length > 0 ? refusedWarnings : warnings;
  const mustAcknowledge = shownWarnings.length > 0;

  const decide = (decision: Decision) => {
    if (pending) return;
    if (decision === "APPROVE" && mustAcknowledge && !acknowledged) {
      setError("Read the appearance warnings and tick “I have read these warnings” before approving.");
      return checkbox.current?.focus();
    }
    start(async () => {
      const result = await settle(reviewVerdictAction(slug, { verdictId, lockVersion, decision, reason, acknowledgeWarnings: decision === "APPROVE" && acknowledged, ...(needsNote ? { correctionNote } : {}) }));
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
      router.refresh();
    });
  };

  return (
    <div role="group" aria-label="Review this verdict" className="panel" style={{ marginTop: "0.75rem" }}>
      {error && <p role="alert" className="alert error">{error}</p>}
      <div className="field">
        <label htmlFor={`reason-${verdictId}`}>Reason (required to reject or request changes)</label>
        <textarea id={`reason-${verdictId}`} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus={autoFocusReason} style={{ minHeight: "3rem" }} />
      </div>
      {needsNote && (
        <div className="field correction-note">
          <label htmlFor={`correction-${verdictId}`}>Correction note (required to approve: the claim is in a published report)</label>
          <textarea id={`correction-${verdictId}`} value={correctionNote} onChange={(e) => setCorrectionNote(e.target.value)} maxLength={2000} style={{ minHeight: "3rem" }} />
        </div>
      )}
      {mustAcknowledge && (
        <div className="acknowledge">
          {(refusedWarnings.length > 0 || !warningsId) && (
            <ul aria-label="Appearance warnings" id={`warnings-${verdictId}`}>
              {shownWarnings.map((w) => <li key={w}>{w}</li>)}
            </ul>
          )}
          <label className="checkbox">
            <input ref={checkbox} type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} aria-describedby={refusedWarnings.length > 0 || !warningsId ? `warnings-${verdictId}` : warningsId} />
            I have read these warnings ({shownWarnings.length})
          </label>
          <p className="hint">Required to approve. Your acknowledgement is recorded with the review.</p>
        </div>
      )}
      <div className="row-actions">
        <button className="button small" type="button" aria-disabled={pending || undefined} onClick={() => decide("APPROVE")} aria-keyshortcuts="a">Approve</button>
        <button className="button small secondary" type="button" aria-disabled={pending || undefined} onClick={() => decide("REQUEST_CHANGES")} aria-keyshortcuts="c">Request changes</button>
        <button className="button small danger" type="button" aria-disabled={pending || undefined} onClick={() => decide("REJECT")} aria-keyshortcuts="r">Reject</button>
      </div>
    </div>
  );
}
