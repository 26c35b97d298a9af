"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateArticleAction } from "../../actions";
import { MetadataFields, type MetadataValues } from "../../metadata-fields";
import { FormOutcome } from "@/app/_components/form-outcome";

export function EditArticleForm({
  slug,
  articleId,
  initial,
}: {
  slug: string;
  articleId: string;
  initial: MetadataValues;
}) {
  const t = useTranslations("articles.edit");
  const [state, action, pending] = useActionState(updateArticleAction.bind(null, slug, articleId), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok && state.values) || initial;
  return (
    <form action={action} aria-label={t("formLabel")}>
      <FormOutcome state={state} success={false} />
      <MetadataFields errors={errors} values={values} titleRequired />
      <button className="button" type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
