import Link from "next/link";
import { useTranslations } from "next-intl";
import styles from "../search.module.css";

/** "Results 21–40 of 132" with previous / next links; the ranking window caps the count ("500+"). */
export function Pager({
  page,
  pageSize,
  total,
  capped,
  href,
}: {
  page: number;
  pageSize: number;
  total: number;
  capped: boolean;
  href: (page: number) => string;
}) {
  const t = useTranslations("search.pager");
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  const pages = Math.ceil(total / pageSize);
  if (total === 0) return null;
  return (
    <nav className={styles.pager} aria-label={t("label")}>
      <span>
        {first <= total ? t("range", { first, last, total: `${total}${capped ? "+" : ""}` }) : t("emptyPage", { page })}
      </span>
      <span style={{ display: "flex", gap: "1rem" }}>
        {page > 1 && <Link href={href(page - 1)}>{t("previous")}</Link>}
        {page < pages && <Link href={href(page + 1)}>{t("next")}</Link>}
      </span>
    </nav>
  );
}
