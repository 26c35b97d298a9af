"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { RatingLevelDto } from "@/lib/verdicts/find-rating-levels";
import { useIdempotencyKey } from "@/app/_components/use-idempotency-key";
import { createVerdictAction } from "../actions";
import { VerdictForm } from "./verdict-form";
import { settle } from "@/app/_components/settle-action";

/** Drafts a new verdict on a claim. */
export function NewVerdict({ slug, claimId, levels }: { slug: string; claimId: string; levels: RatingLevelDto[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, start] = useTransition();
  const [idempotencyKey, renewIdempotencyKey] = useIdempotencyKey();
  if (!open) return <button className="button" type="button" onClick={() => setOpen(true)}>Write a verdict</button>;
  return (
    <section className="card" aria-labelledby="new-verdict-heading">
      <h2 id="new-verdict-heading">New verdict</h2>
      <VerdictForm levels={levels} submitLabel="Save draft" error={error} fieldErrors={fieldErrors} pending={pending} onCancel={() => setOpen(false)}
        onSubmit={(value) =>
          start(async () => {
            const result = await settle(createVerdictAction(slug, { claimId, ...value, idempotencyKey }));
            if (!result.ok) return (setError(result.error), setFieldErrors(result.fieldErrors));
            renewIdempotencyKey();
            setOpen(false);
            router.refresh();
          })
        } />
    </section>
  );
}
