"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import type { AssignableMemberDto } from "@/lib/members/find-assignable-members";
import { assignClaimAction } from "../actions";
import { settle } from "@/app/_components/settle-action";

/** Reviewers and up: who checks this claim, and who reviews its verdict. */
export function AssignForm({ slug, claimId, members, editorId, reviewerId }: { slug: string; claimId: string; members: AssignableMemberDto[]; editorId: string | null; reviewerId: string | null }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    start(async () => {
      const result = await settle(assignClaimAction(slug, { claimId, editorId: String(form.get("editorId") ?? ""), reviewerId: String(form.get("reviewerId") ?? "") }));
      setMessage(result.ok ? { ok: true, text: result.message ?? "Saved." } : { ok: false, text: result.error });
      if (result.ok) router.refresh();
    });
  }
  return (
    <form onSubmit={submit} aria-label="Assignment" className="form-row">
      <div className="field">
        <label htmlFor="editorId">Checked by</label>
        <select id="editorId" name="editorId" defaultValue={editorId ?? ""}>
          <option value="">Nobody yet</option>
          {members.map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="reviewerId">Reviewed by</label>
        <select id="reviewerId" name="reviewerId" defaultValue={reviewerId ?? ""}>
          <option value="">Any reviewer</option>
          {members.filter((m) => m.role !== "EDITOR").map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
        </select>
      </div>
      <button className="button secondary" type="submit" disabled={pending}>Save assignment</button>
      {message && <p role={message.ok ? "status" : "alert"} className={`alert ${message.ok ? "success" : "error"}`} style={{ width: "100%" }}>{message.text}</p>}
    </form>
  );
}
