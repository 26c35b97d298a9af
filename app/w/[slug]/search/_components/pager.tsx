import Link from "next/link";
import styles from "../search.module.css";

/** "Results 21–40 of 132" with previous / next links; the ranking window caps the count ("500+"). */
export function Pager({ page, pageSize, total, capped, href }: { page: number; pageSize: number; total: number; capped: boolean; href: (page: number) => string }) {
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  const pages = Math.ceil(total / pageSize);
  if (total === 0) return null;
  return (
    <nav className={styles.pager} aria-label="Result pages">
      <span>
        {first <= total ? `Results ${first}–${last} of ${total}${capped ? "+" : ""}` : `No results on page ${page}`}
      </span>
      <span style={{ display: "flex", gap: "1rem" }}>
        {page > 1 && <Link href={href(page - 1)}>← Previous page</Link>}
        {page < pages && <Link href={href(page + 1)}>Next page →</Link>}
      </span>
    </nav>
  );
}
