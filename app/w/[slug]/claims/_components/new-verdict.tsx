"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { RatingLevelDto } from "@/lib/verdicts/find-rating-levels";
import { useIdempotencyKey } from "@/app/_components/use-idempotency-key";
import { createVerdictAction } from "../actions";
import { VerdictForm } from "./verdict-form";
import { useActionCall } from "@/app/_components/use-action-call";
import { focusWhenPresent } from "@/app/_components/focus-when-present";

/**
 * Drafts a new verdict on a claim. Focus follows the work: into the form when
 * it opens, to the new verdict once saved, back to the button on cancel —
 * never left on a control that disappeared.
 */
export function NewVerdict({ slug, claimId, levels }: { slug: string; claimId: string; levels: RatingLevelDto[] }) {
  const t = useTranslations("claims.newVerdict");
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, call] = useActionCall();
  const [idempotencyKey, renewIdempotencyKey] = useIdempotencyKey();
  const openForm = () => {
    setOpen(true);
    focusWhenPresent("new-verdict-heading");
  };
  const closeForm = () => {
    setOpen(false);
    focusWhenPresent("write-verdict");
  };
  if (!open)
    return (
      <button id="write-verdict" className="button" type="button" onClick={openForm}>
        {t("write")}
      </button>
    );
  return (
    <section className="card" aria-labelledby="new-verdict-heading">
      <h2 id="new-verdict-heading">{t("heading")}</h2>
      <VerdictForm
        levels={levels}
        submitLabel={t("saveDraft")}
        error={error}
        fieldErrors={fieldErrors}
        pending={pending}
        onCancel={closeForm}
        onSubmit={(value) =>
          call(
            () => createVerdictAction(slug, { claimId, ...value, idempotencyKey }),
            (result) => {
              if (!result.ok) return (setError(result.error), setFieldErrors(result.fieldErrors));
              renewIdempotencyKey();
              setOpen(false);
              focusWhenPresent(`verdict-${result.data.id}`, "write-verdict");
            },
          )
        }
      />
    </section>
  );
}
