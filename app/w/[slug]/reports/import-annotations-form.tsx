"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { importAnnotationsAction } from "./actions";

const MAX_BYTES = 5 * 1024 * 1024; // lib/reports/import-web-annotations.ts, checked again on the server

/**
 * Upload of a W3C Web Annotation file (e.g. another workspace's export). On
 * an article page the article is fixed; on the reports page the editor
 * chooses one, or lets each annotation go to the article whose URL is its
 * source. All or nothing: the result or the reasons are shown here.
 */
export function ImportAnnotationsForm({
  slug,
  article,
  articles,
}: {
  slug: string;
  article?: { id: string; title: string };
  articles?: { id: string; title: string }[];
}) {
  const t = useTranslations("reports.import");
  const [state, action, pending] = useActionState(importAnnotationsAction.bind(null, slug), null);
  const [tooBig, setTooBig] = useState(false);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form
      action={action}
      encType="multipart/form-data"
      aria-label={t("label")}
      onSubmit={(e) => tooBig && e.preventDefault()}
    >
      {state && !state.ok && (
        <div role="alert" className="alert error">
          <p style={{ margin: 0 }}>{state.status === 413 ? t("tooLarge") : state.error}</p>
          {[...(errors.file ?? []), ...(errors.articleId ?? [])].length > 1 && (
            <ul>
              {[...(errors.file ?? []), ...(errors.articleId ?? [])].map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state?.ok && (
        <p role="status" className="alert success">
          {t.rich("imported", {
            annotations: state.data.annotations,
            replies: state.data.replies,
            textChanged: state.data.textChanged,
            articles: () =>
              state.data.articles.map((a, i) => (
                <span key={a.id}>
                  {i > 0 && ", "}
                  <Link href={`/w/${slug}/articles/${a.id}`}>{a.title}</Link>
                </span>
              )),
          })}
        </p>
      )}
      <div className="form-row">
        <div className="field">
          <label htmlFor="annotation-file">{t("fileLabel")}</label>
          <input
            id="annotation-file"
            name="file"
            type="file"
            accept=".jsonld,.json,application/ld+json,application/json"
            required
            aria-invalid={tooBig || errors.file ? true : undefined}
            onChange={(e) => setTooBig((e.target.files?.[0]?.size ?? 0) > MAX_BYTES)}
          />
          {tooBig && <p className="field-error">{t("fileTooBig")}</p>}
        </div>
        {article ? (
          <input type="hidden" name="articleId" value={article.id} />
        ) : (
          <div className="field">
            <label htmlFor="import-article">{t("intoArticle")}</label>
            <select id="import-article" name="articleId" defaultValue="">
              <option value="">{t("articleFromSource")}</option>
              {articles?.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <button className="button secondary" type="submit" disabled={pending || tooBig}>
            {pending ? t("importing") : t("submit")}
          </button>
        </div>
      </div>
      <p className="hint">{t("hint")}</p>
    </form>
  );
}
