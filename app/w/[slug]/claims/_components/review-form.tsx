"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { reviewVerdictAction } from "../actions";

type Decision = "APPROVE" | "REJECT" | "REQUEST_CHANGES";

/** Approve, reject or request changes (the last two need a reason). */
export function ReviewForm({ slug, verdictId, lockVersion, autoFocusReason, inPublishedReport = false }: { slug: string; verdictId: string; lockVersion: number; autoFocusReason?: boolean; inPublishedReport?: boolean }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [correctionNote, setCorrectionNote] = useState("");
  // shown when the page knows the claim is in a published report, or when an approval was refused for want of a note (e.g. from the review queue)
  const [needsNote, setNeedsNote] = useState(inPublishedReport);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const decide = (decision: Decision) =>
    start(async () => {
      const result = await reviewVerdictAction(slug, { verdictId, lockVersion, decision, reason, ...(needsNote ? { correctionNote } : {}) });
      if (!result.ok) {
        if (result.fieldErrors.correctionNote) setNeedsNote(true);
        return setError(result.error);
      }
      setError(null);
      router.refresh();
    });

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
      <div className="row-actions">
        <button className="button small" type="button" disabled={pending} onClick={() => decide("APPROVE")} aria-keyshortcuts="a">Approve</button>
        <button className="button small secondary" type="button" disabled={pending} onClick={() => decide("REQUEST_CHANGES")} aria-keyshortcuts="c">Request changes</button>
        <button className="button small danger" type="button" disabled={pending} onClick={() => decide("REJECT")} aria-keyshortcuts="r">Reject</button>
      </div>
    </div>
  );
}
