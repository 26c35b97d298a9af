"use client";

import { useTranslations } from "next-intl";
import { focusWhenPresent } from "@/app/_components/focus-when-present";
import { useRef, useState, type FormEvent } from "react";
import { createClaimRelationAction } from "../actions";
import { ClaimPicker } from "./claim-picker";
import { NO_RELATION, RelationFields, relationInput } from "./relation-fields";
import { useActionCall } from "@/app/_components/use-action-call";

/** Editors: records "this claim misquotes / contradicts / updates / is a translation of" another claim. */
export function AddRelationForm({ slug, claimId, headingId }: { slug: string; claimId: string; headingId: string }) {
  const t = useTranslations("claims");
  const [open, setOpen] = useState(false);
  const [relation, setRelation] = useState(NO_RELATION);
  const [toClaimId, setToClaimId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, call] = useActionCall();
  const opener = useRef<HTMLButtonElement>(null);

  const reset = () => {
    setOpen(false);
    setRelation(NO_RELATION);
    setToClaimId("");
    setError(null);
    setFieldErrors({});
  };
  const close = () => {
    reset();
    requestAnimationFrame(() => opener.current?.focus());
  };
  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    call(
      () => createClaimRelationAction(slug, { fromClaimId: claimId, toClaimId, ...relationInput(relation) }),
      (result) => {
        if (!result.ok) return (setError(result.error), setFieldErrors(result.fieldErrors));
        setMessage(result.message ?? t("addRelationForm.recorded"));
        reset();
        focusWhenPresent(headingId);
      },
    );
  }

  if (!open) {
    return (
      <>
        {message && (
          <p role="status" className="alert success">
            {message}
          </p>
        )}
        <button
          ref={opener}
          className="button small secondary"
          type="button"
          onClick={() => (setOpen(true), setMessage(null))}
        >
          {t("addRelationForm.add")}
        </button>
      </>
    );
  }
  return (
    <form onSubmit={submit} aria-label={t("addRelationForm.add")} className="panel">
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      <RelationFields idPrefix="rel" subject="thisClaim" value={relation} onChange={setRelation} errors={fieldErrors} />
      <ClaimPicker
        slug={slug}
        idPrefix="rel"
        excludeIds={[claimId]}
        value={toClaimId}
        onChange={setToClaimId}
        errors={fieldErrors.toClaimId}
      />
      <div className="row-actions">
        <button className="button small" type="submit" aria-disabled={pending || undefined}>
          {pending ? t("shared.saving") : t("addRelationForm.save")}
        </button>
        <button className="button small secondary" type="button" onClick={close}>
          {t("shared.cancel")}
        </button>
      </div>
    </form>
  );
}
