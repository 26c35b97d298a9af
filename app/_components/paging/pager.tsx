import Link from "next/link";
import { useTranslations } from "next-intl";
import { listHref } from "./list-href";

/**
 * "First page", "Previous page" and "Next page" links under a keyset-paged
 * list. Plain links: the sort and filters travel in the address with the
 * cursor, so paging keeps them, works without JavaScript and can be
 * bookmarked. The list says where its first page is (`previousCursor` is
 * null there, however it was reached: a page read back to the start carries
 * a cursor in its address but is the first page); only a page reached by a
 * cursor that leads nowhere (its rows gone) offers "First page" without
 * a previous page. A page with two paged lists names the second one's cursor
 * `cursorParam`, and passes the first one's in `params` (each keeps the other's).
 */
export function Pager({
  base,
  params,
  cursor,
  previousCursor,
  nextCursor,
  noun,
  cursorParam = "cursor",
  label,
}: {
  base: string;
  params: Record<string, string | undefined>;
  cursor: string | undefined;
  previousCursor: string | null;
  nextCursor: string | null;
  noun: string;
  cursorParam?: string;
  /** names the navigation when a page has more than one */
  label?: string;
}) {
  const t = useTranslations("common.paging");
  const stranded = Boolean(cursor) && !previousCursor && !nextCursor;
  if (!previousCursor && !nextCursor && !stranded) return null;
  return (
    <nav aria-label={label ?? t("pagination")} className="pager">
      {(previousCursor || stranded) && (
        <Link className="button secondary" href={listHref(base, params)}>
          {t("firstPage")}
        </Link>
      )}
      {previousCursor && (
        <Link
          className="button secondary"
          href={listHref(base, { ...params, [cursorParam]: previousCursor })}
          rel="prev"
        >
          {t("previousPage", { noun })}
        </Link>
      )}
      {nextCursor ? (
        <Link className="button secondary" href={listHref(base, { ...params, [cursorParam]: nextCursor })} rel="next">
          {t("nextPage", { noun })}
        </Link>
      ) : (
        <span className="muted">{t("noMore", { noun })}</span>
      )}
    </nav>
  );
}
