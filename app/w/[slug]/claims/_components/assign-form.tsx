"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { AssignableMemberDto } from "@/lib/members/find-assignable-members";
import { assignClaimAction } from "../actions";

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
  const t = useTranslations("claims");
  const [state, action, pending] = useActionState(assignClaimAction.bind(null, slug, claimId), null);
  const message =
    state && (state.ok ? { ok: true, text: state.message ?? t("shared.saved") } : { ok: false, text: state.error });
  // React resets the form after each submit, and a select takes a new default only when mounted: the key
  // remounts it with what it should show, the saved choice (from the redrawn page) or the refused one
  const values = (state && !state.ok && state.values) || {};
  const shownEditor = values.editorId ?? editorId ?? "";
  const shownReviewer = values.reviewerId ?? reviewerId ?? "";
  return (
    <form action={action} aria-label={t("assignForm.label")} className="form-row">
      <div className="field">
        <label htmlFor="editorId">{t("assignForm.checkedBy")}</label>
        <select id="editorId" name="editorId" defaultValue={shownEditor} key={shownEditor}>
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
        <select id="reviewerId" name="reviewerId" defaultValue={shownReviewer} key={shownReviewer}>
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
