"use client";

import { useActionState, useState } from "react";
import { useIdempotencyKey } from "@/app/_components/use-idempotency-key";
import { createArticleAction } from "../actions";
import { SourceFields } from "../source-fields";
import { MetadataFields } from "../metadata-fields";
import { FormOutcome } from "@/app/_components/form-outcome";

export function NewArticleForm({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState(createArticleAction.bind(null, slug), null);
  const [offeredTitle, setOfferedTitle] = useState<string | undefined>();
  // a success redirects to the article, so the key never needs renewing here
  const [idempotencyKey] = useIdempotencyKey();
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok && state.values) || {};
  return (
    <form action={action} aria-label="Import an article" encType="multipart/form-data">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} suppressHydrationWarning />
      <FormOutcome state={state} success={false} />
      <SourceFields errors={errors} values={values} onFirstLine={(line) => setOfferedTitle((t) => t ?? line)} />
      <MetadataFields errors={errors} values={{ ...values, title: values.title || offeredTitle }} titleRequired={false} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Importing…" : "Import article"}
      </button>
    </form>
  );
}
