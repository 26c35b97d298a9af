"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { focusWhenPresent } from "@/app/_components/focus-when-present";
import { restoreArticleAction } from "./actions";
import { settle } from "@/app/_components/settle-action";
import { LocalTime } from "@/app/_components/time/local-time";

export interface DeletedArticleItem {
  id: string;
  title: string;
  outlet: string | null;
  /** ISO */
  deletedAt: string;
}

/**
 * Admins: deleted articles with a Restore button each. A restored article
 * leaves the list in place (the others do not move) and the status line,
 * which then takes the focus, links to it.
 */
export function DeletedArticleList({ slug, articles }: { slug: string; articles: DeletedArticleItem[] }) {
  const t = useTranslations("admin.deletedArticles");
  const [items, setItems] = useState(articles);
  const [restored, setRestored] = useState<DeletedArticleItem | null>(null);
  const [error, setError] = useState<{ id: string; text: string } | null>(null);
  const [pending, start] = useTransition();
  const [busy, setBusy] = useState<string | null>(null);

  const restore = (article: DeletedArticleItem) => {
    if (pending) return;
    setBusy(article.id);
    start(async () => {
      const result = await settle(restoreArticleAction(slug, article.id));
      setBusy(null);
      if (!result.ok) return setError({ id: article.id, text: result.error });
      setError(null);
      setItems((list) => list.filter((a) => a.id !== article.id));
      setRestored(article);
      focusWhenPresent("restored-status");
    });
  };

  return (
    <>
      {/* rendered only once there is news (the page's other forms have their own status line); it takes the focus */}
      {restored && (
        <p id="restored-status" role="status" tabIndex={-1} className="alert success">
          {t.rich("restored", {
            title: restored.title,
            link: (chunks) => <Link href={`/w/${slug}/articles/${restored.id}`}>{chunks}</Link>,
          })}
        </p>
      )}
      {items.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <table className="data" aria-label={t("tableLabel")}>
          <thead>
            <tr>
              <th scope="col">{t("article")}</th>
              <th scope="col">{t("deleted")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <td>
                  {a.title}
                  {a.outlet && <span className="muted"> · {a.outlet}</span>}
                </td>
                <td>
                  <LocalTime date={a.deletedAt} />
                </td>
                <td>
                  <button
                    className="button small secondary"
                    type="button"
                    aria-disabled={pending || undefined}
                    onClick={() => restore(a)}
                    aria-label={t("restoreLabel", { title: a.title })}
                  >
                    {busy === a.id ? t("restoring") : t("restore")}
                  </button>
                  {error?.id === a.id && (
                    <p role="alert" className="field-error">
                      {error.text}
                    </p>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
