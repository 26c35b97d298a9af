"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import type { AssignableMemberDto } from "@/lib/members/find-assignable-members";
import { assignClaimAction } from "../actions";
import { settle } from "@/app/_components/settle-action";

/** Reviewers and up: who checks this claim, and who reviews its verdict. */
export function AssignForm({
  slug,
  claimId,
  members,
  editorId,
  reviewerId,
}: {
  slug: string;
  claimId: string;
  members: AssignableMemberDto[];
  editorId: string | null;
  reviewerId: string | null;
}) {
  const router = useRouter();
  const t = useTranslations("claims");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    start(async () => {
      const result = await settle(
        assignClaimAction(slug, {
          claimId,
          editorId: String(form.get("editorId") ?? ""),
          reviewerId: String(form.get("reviewerId") ?? ""),
        }),
      );
      setMessage(
        result.ok ? { ok: true, text: result.message ?? t("shared.saved") } : { ok: false, text: result.error },
      );
      if (result.ok) router.refresh();
    });
  }
  return (
    <form onSubmit={submit} aria-label={t("assignForm.label")} className="form-row">
      <div className="field">
        <label htmlFor="editorId">{t("assignForm.checkedBy")}</label>
        <select id="editorId" name="editorId" defaultValue={editorId ?? ""}>
          <option value="">{t("assignForm.nobodyYet")}</option>
          {members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="reviewerId">{t("assignForm.reviewedBy")}</label>
        <select id="reviewerId" name="reviewerId" defaultValue={reviewerId ?? ""}>
          <option value="">{t("assignForm.anyReviewer")}</option>
          {members
            .filter((m) => m.role !== "EDITOR")
            .map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
        </select>
      </div>
      <button className="button secondary" type="submit" disabled={pending}>
        {t("assignForm.save")}
      </button>
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          className={`alert ${message.ok ? "success" : "error"}`}
          style={{ width: "100%" }}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
