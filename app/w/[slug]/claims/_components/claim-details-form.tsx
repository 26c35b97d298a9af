"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { ClaimDto } from "@/lib/claims/get-claim";
import { CorrectionNoteField } from "@/app/_components/correction-note-field";
import { deleteClaimAction, updateClaimAction } from "../actions";
import { ClaimValueFields } from "./claim-value-fields";
import { useActionCall } from "@/app/_components/use-action-call";
import { focusWhenPresent } from "@/app/_components/focus-when-present";

const OPENER_ID = "change-claim";

const isoDay = (date: Date | null) => (date ? new Date(date).toISOString().slice(0, 10) : "");

/**
 * Editors: change the claim's statement, claimant, date, value and event, or
 * delete it. A change that reaches a published report needs a correction
 * note: the server says so (a `correctionNote` field error), the note field
 * appears with the message, and the same change is sent again with it.
 */
export function ClaimDetailsForm({
  slug,
  claim,
  canDelete,
}: {
  slug: string;
  claim: Pick<ClaimDto, "id" | "statement" | "claimant" | "claimDate" | "value" | "event">;
  canDelete: boolean;
}) {
  const router = useRouter();
  const t = useTranslations("claims");
  const [mode, setMode] = useState<"closed" | "edit" | "delete">("closed");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, call] = useActionCall();
  const needsNote = Boolean(fieldErrors.correctionNote);

  const open = (next: "edit" | "delete") => (
    setMode(next),
    setError(null),
    setFieldErrors({}),
    setNote(""),
    setMessage(null)
  );
  // the opener comes back only once the closed form is rendered, which after a save may be a frame or more later
  const close = () => (setMode("closed"), focusWhenPresent(OPENER_ID));
  const refused = (result: { error: string; fieldErrors: Record<string, string[]> }) => (
    setError(result.error),
    setFieldErrors(result.fieldErrors)
  );

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const fields = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    call(
      () => updateClaimAction(slug, { claimId: claim.id, ...fields, ...(needsNote ? { correctionNote: note } : {}) }),
      (result) => {
        if (!result.ok) return refused(result);
        setMessage(result.message ?? t("shared.saved"));
        close();
      },
    );
  }
  function remove() {
    if (pending) return;
    call(
      () => deleteClaimAction(slug, { claimId: claim.id, ...(needsNote ? { correctionNote: note } : {}) }),
      (result) => (result.ok ? router.push(`/w/${slug}/claims`) : refused(result)),
    );
  }

  const errorsOf = (name: string) => fieldErrors[name];
  return (
    <section className="card" aria-labelledby="claim-details-heading">
      <h2 id="claim-details-heading">{t("claimDetailsForm.heading")}</h2>
      {message && (
        <p role="status" className="alert success">
          {message}
        </p>
      )}
      {mode === "closed" && (
        <div className="row-actions">
          <button id={OPENER_ID} className="button small secondary" type="button" onClick={() => open("edit")}>
            {t("claimDetailsForm.change")}
          </button>
          {canDelete && (
            <button className="button small danger" type="button" onClick={() => open("delete")}>
              {t("claimDetailsForm.delete")}
            </button>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      {mode === "edit" && (
        <form onSubmit={save} aria-label={t("claimDetailsForm.change")}>
          <div className="field">
            <label htmlFor="ed-statement">{t("claimDetailsForm.statement")}</label>
            <textarea
              id="ed-statement"
              name="statement"
              defaultValue={claim.statement}
              required
              autoFocus
              style={{ minHeight: "3rem" }}
              aria-invalid={errorsOf("statement") ? true : undefined}
              aria-describedby={errorsOf("statement") ? "ed-statement-error" : undefined}
            />
            {errorsOf("statement") && (
              <p className="field-error" id="ed-statement-error">
                {errorsOf("statement")!.join(" ")}
              </p>
            )}
          </div>
          <div className="form-row">
            <div className="field">
              <label htmlFor="ed-claimant">{t("claimDetailsForm.claimant")}</label>
              <input id="ed-claimant" name="claimant" type="text" defaultValue={claim.claimant ?? ""} />
            </div>
            <div className="field">
              <label htmlFor="ed-claim-date">{t("claimDetailsForm.claimDate")}</label>
              <input id="ed-claim-date" name="claimDate" type="date" defaultValue={isoDay(claim.claimDate)} />
            </div>
          </div>
          <ClaimValueFields
            prefix="ed"
            withAsOf
            errors={fieldErrors}
            defaults={{
              ...claim.value,
              asOf: isoDay(claim.value.asOf),
              eventLabel: claim.event.label,
              eventDate: isoDay(claim.event.date),
              eventPlace: claim.event.place,
            }}
          />
          {needsNote && (
            <CorrectionNoteField
              id="ed-correction"
              value={note}
              onChange={setNote}
              errors={errorsOf("correctionNote")}
            />
          )}
          <div className="row-actions">
            <button className="button small" type="submit" aria-disabled={pending || undefined}>
              {pending
                ? t("shared.saving")
                : needsNote
                  ? t("claimDetailsForm.saveWithNote")
                  : t("claimDetailsForm.save")}
            </button>
            <button className="button small secondary" type="button" onClick={close}>
              {t("shared.cancel")}
            </button>
          </div>
        </form>
      )}
      {mode === "delete" && (
        <div role="group" aria-labelledby="delete-claim-question">
          <p id="delete-claim-question">
            {t.rich("claimDetailsForm.deleteQuestion", { strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
          {needsNote && (
            <CorrectionNoteField
              id="del-correction"
              value={note}
              onChange={setNote}
              errors={errorsOf("correctionNote")}
            />
          )}
          <div className="row-actions">
            <button
              className="button small danger"
              type="button"
              aria-disabled={pending || undefined}
              onClick={remove}
              autoFocus={!needsNote}
            >
              {pending ? t("claimDetailsForm.deleting") : t("claimDetailsForm.confirmDelete")}
            </button>
            <button className="button small secondary" type="button" onClick={close}>
              {t("shared.cancel")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
