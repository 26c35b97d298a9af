"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import { reopenConflictAction } from "../actions";
import { FormOutcome } from "@/app/_components/form-outcome";

/** Reviewers: puts a resolved conflict back to open (the resolution stays in the audit log). */
export function ReopenForm({ slug, conflictId }: { slug: string; conflictId: string }) {
  const t = useTranslations("conflicts.reopenForm");
  const [state, action, pending] = useActionState(reopenConflictAction.bind(null, slug, conflictId), null);
  return (
    <form action={action} className="reopen-form">
      <FormOutcome state={state} success={false} />
      <div className="form-row">
        <Field id="reason" label={t("reason")}>
          <input type="text" {...fieldAria("reason")} />
        </Field>
        <button className="button secondary" type="submit" disabled={pending}>
          {pending ? t("reopening") : t("reopen")}
        </button>
      </div>
    </form>
  );
}
