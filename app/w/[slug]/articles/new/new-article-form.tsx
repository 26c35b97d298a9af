"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { useIdempotencyKey } from "@/app/_components/use-idempotency-key";
import { createArticleAction } from "../actions";
import { SourceFields } from "../source-fields";
import { MetadataFields } from "../metadata-fields";
import { FormOutcome } from "@/app/_components/form-outcome";

export function NewArticleForm({ slug }: { slug: string }) {
  const t = useTranslations("articles.newArticle");
  const [state, action, pending] = useActionState(createArticleAction.bind(null, slug), null);
  const [title, setTitle] = useState("");
  // the first line of the text fills the title only while the person has not typed one
  const [titleTyped, setTitleTyped] = useState(false);
  // a success redirects to the article, so the key never needs renewing here
  const [idempotencyKey] = useIdempotencyKey();
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok && state.values) || {};
  const offerTitle = (line: string) => {
    if (!titleTyped) setTitle(line);
  };
  const typeTitle = (value: string) => {
    setTitle(value);
    setTitleTyped(value !== "");
  };
  return (
    <form action={action} aria-label={t("formLabel")} encType="multipart/form-data">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} suppressHydrationWarning />
      <FormOutcome state={state} success={false} />
      <SourceFields errors={errors} values={values} onFirstLine={offerTitle} />
      <MetadataFields
        errors={errors}
        values={values}
        titleRequired={false}
        title={{ value: title, onChange: typeTitle }}
      />
      <button className="button" type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
