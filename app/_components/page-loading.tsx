import { getTranslations } from "next-intl/server";

/**
 * What a list shows while its page is on its way (a route group's loading.tsx): the
 * shape of a heading and rows, and a status that screen readers announce. Only for lists
 * every member may read: a page that may answer 404 (a detail page) or 403 (the audit
 * log) must not sit under a loading boundary, since a streamed page has already answered
 * 200 by the time it finds nothing or refuses.
 */
export async function PageLoading() {
  const t = await getTranslations("common");
  return (
    <div className="page-loading" aria-busy="true">
      <p role="status" className="muted">
        {t("loading")}
      </p>
      <div className="skeleton skeleton-heading" aria-hidden="true" />
      {[0, 1, 2, 3, 4].map((row) => (
        <div key={row} className="skeleton skeleton-row" aria-hidden="true" />
      ))}
    </div>
  );
}
