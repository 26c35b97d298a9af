"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { MAX_QUERY_LENGTH } from "@/lib/search/limits";
import styles from "../search.module.css";

/**
 * The workspace's search field, in the navigation bar on every workspace page.
 * A plain GET form (works without JavaScript); Ctrl+K (⌘K) focuses it from
 * anywhere, as "/" already finds text in the reader.
 */
export function SearchBox({ slug }: { slug: string }) {
  const t = useTranslations("search.box");
  const input = useRef<HTMLInputElement>(null);
  // the search page's query only: other lists name their own filters `q` too (articles, members)
  const onSearchPage = usePathname() === `/w/${slug}/search`;
  const query = useSearchParams().get("q");
  const current = onSearchPage ? (query ?? "") : "";
  // tests (and curious users) can tell when Ctrl+K works
  const [hydrated, setHydrated] = useState(false);

  useEffect(() => {
    setHydrated(true);
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "k" || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey)
        return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <form
      role="search"
      aria-label={t("label")}
      action={`/w/${slug}/search`}
      method="get"
      className={styles.searchBox}
      data-hydrated={hydrated ? "true" : undefined}
    >
      <label htmlFor="workspace-search">{t("field")}</label>
      <input
        ref={input}
        id="workspace-search"
        type="search"
        name="q"
        defaultValue={current}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t("placeholder")}
        aria-keyshortcuts="Control+K Meta+K"
        aria-describedby="workspace-search-hint"
        autoComplete="off"
      />
      <kbd id="workspace-search-hint" title={t("shortcutTitle")}>
        <span className="visually-hidden">{t("shortcut")}</span>
        {t("shortcutKeys")}
      </kbd>
    </form>
  );
}
