"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { reviewVerdictAction } from "../actions";

type Decision = "APPROVE" | "REJECT" | "REQUEST_CHANGES";

/** Approve, reject or request changes (the last two need a reason). */
export function ReviewForm({ slug, verdictId, lockVersion, autoFocusReason }: { slug: string; verdictId: string; lockVersion: number; autoFocusReason?: boolean }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const decide = (decision: Decision) =>
    start(async () => {
      const result = await reviewVerdictAction(slug, { verdictId, lockVersion, decision, reason });
      if (!result.ok) return setError(result.error);
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
      <div className="row-actions">
        <button className="button small" type="button" disabled={pending} onClick={() => decide("APPROVE")} aria-keyshortcuts="a">Approve</button>
        <button className="button small secondary" type="button" disabled={pending} onClick={() => decide("REQUEST_CHANGES")} aria-keyshortcuts="c">Request changes</button>
        <button className="button small danger" type="button" disabled={pending} onClick={() => decide("REJECT")} aria-keyshortcuts="r">Reject</button>
      </div>
    </div>
  );
}
