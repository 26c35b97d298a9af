import { Suspense, type ReactNode } from "react";
import { SearchBox } from "./search-box";
import styles from "../search.module.css";

/** The workspace navigation with the search field at its end, in one bar. */
export function NavWithSearch({ slug, children }: { slug: string; children: ReactNode }) {
  return (
    <div className={styles.navRow}>
      {children}
      <Suspense>
        <SearchBox slug={slug} />
      </Suspense>
    </div>
  );
}
