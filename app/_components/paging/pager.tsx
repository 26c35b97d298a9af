import Link from "next/link";
import { useTranslations } from "next-intl";
import { listHref } from "./list-href";

/**
 * "Next page" and "First page" links under a keyset-paged list. Plain links:
 * the sort and filters travel in the address with the cursor, so paging
 * keeps them, works without JavaScript and can be bookmarked.
 */
export function Pager({ base, params, cursor, nextCursor, noun }: { base: string; params: Record<string, string | undefined>; cursor: string | undefined; nextCursor: string | null; noun: string }) {
  const t = useTranslations("common.paging");
  if (!cursor && !nextCursor) return null;
  return (
    <nav aria-label={t("pagination")} className="pager">
      {cursor && (
        <Link className="button secondary" href={listHref(base, params)}>
          {t("firstPage")}
        </Link>
      )}
      {nextCursor ? (
        <Link className="button secondary" href={listHref(base, { ...params, cursor: nextCursor })} rel="next">
          {t("nextPage", { noun })}
        </Link>
      ) : (
        <span className="muted">{t("noMore", { noun })}</span>
      )}
    </nav>
  );
}
