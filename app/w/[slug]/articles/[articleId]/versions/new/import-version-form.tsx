"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { importVersionAction } from "../../../actions";
import { SourceFields } from "../../../source-fields";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import { labelKey } from "@/lib/i18n/labels";

export function ImportVersionForm({ slug, articleId }: { slug: string; articleId: string }) {
  const t = useTranslations("articles.versions");
  const labels = useTranslations("labels");
  const [state, action, pending] = useActionState(importVersionAction.bind(null, slug, articleId), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok && state.values) || {};
  const base = `/w/${slug}/articles/${articleId}`;
  return (
    <form action={action} aria-label={t("formLabel")}>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      {state?.ok && (
        <div role="status" className="alert success">
          {state.data.created ? (
            <>
              <p>{t("imported", { number: state.data.versionNumber })}</p>
              <ul>
                {Object.entries(state.data.states).map(([s, n]) => (
                  <li key={s}>
                    {labels(labelKey.anchorState(s as AnnotationDto["anchorState"]))}: {n}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t("unchanged", { number: state.data.versionNumber })}</p>
          )}
          <Link href={base}>{t("readArticle")}</Link>
        </div>
      )}
      <SourceFields errors={errors} values={values} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
