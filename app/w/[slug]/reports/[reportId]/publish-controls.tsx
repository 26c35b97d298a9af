"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { publishReportAction, unpublishReportAction } from "../actions";

/** Publication state, the public link, and (for reviewers) publish / unpublish. */
export function PublishControls({
  slug,
  reportId,
  publicUrl,
  everPublished,
  canPublish,
}: {
  slug: string;
  reportId: string;
  publicUrl: string | null;
  everPublished: boolean;
  canPublish: boolean;
}) {
  const t = useTranslations("reports.publication");
  const [published, publish, publishing] = useActionState(publishReportAction.bind(null, slug, reportId), null);
  const [unpublished, unpublish, unpublishing] = useActionState(unpublishReportAction.bind(null, slug, reportId), null);
  const result = publicUrl ? published : unpublished;
  const failed = [published, unpublished].find((r) => r && !r.ok);
  return (
    <section className="card publication" aria-labelledby="publication-heading">
      <h2 id="publication-heading">{t("heading")}</h2>
      {failed && !failed.ok && (
        <p role="alert" className="alert error">
          {failed.error}
        </p>
      )}
      {result?.ok && result.message && (
        <p role="status" className="alert success">
          {result.message}
        </p>
      )}
      {publicUrl ? (
        <>
          <p>
            <span className="badge published">{t("published")}</span> {t("publishedText")}
          </p>
          <p className="public-link">
            <label htmlFor="public-url">{t("publicLink")}</label>{" "}
            <input
              id="public-url"
              readOnly
              value={publicUrl}
              size={Math.min(publicUrl.length, 70)}
              onFocus={(e) => e.currentTarget.select()}
            />{" "}
            <a href={publicUrl} target="_blank" rel="noopener">
              {t("open")}
            </a>
          </p>
          {canPublish && (
            <form action={unpublish}>
              <button className="button small danger" type="submit" disabled={unpublishing}>
                {unpublishing ? t("unpublishing") : t("unpublish")}
              </button>
              <span className="muted"> {t("unpublishHint")}</span>
            </form>
          )}
        </>
      ) : (
        <>
          <p>
            <span className="badge">{t("notPublished")}</span> {everPublished ? t("publishedBefore") : t("membersOnly")}
          </p>
          {canPublish ? (
            <form action={publish}>
              <button className="button small" type="submit" disabled={publishing}>
                {publishing ? t("publishing") : everPublished ? t("publishAgain") : t("publish")}
              </button>
              <span className="muted"> {t("publishHint")}</span>
            </form>
          ) : (
            <p className="muted">{t("reviewerPublishes")}</p>
          )}
        </>
      )}
    </section>
  );
}
