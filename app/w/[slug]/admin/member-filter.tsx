"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { useTranslations } from "next-intl";
import { listHref } from "@/app/_components/paging/list-href";

/** How long typing pauses before the list follows: one request per word, not per key. */
const TYPING_PAUSE_MS = 300;

/**
 * Finds a member by name or email. A plain GET form (Enter or "Find" work
 * without JavaScript); with it, the list follows as one types, in place, so
 * the result count (`summaryId`, a status region the page keeps mounted) is
 * announced and focus stays in the field. Filtering starts at the first page
 * and keeps `keep` (the invitations' page).
 */
export function MemberFilter({
  base,
  q,
  keep,
  summaryId,
}: {
  base: string;
  q: string | undefined;
  keep: Record<string, string | undefined>;
  summaryId: string;
}) {
  const t = useTranslations("admin.membersPage");
  const router = useRouter();
  const [, startTransition] = useTransition();
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pause.current), []);

  const show = (text: string) => {
    clearTimeout(pause.current);
    const href = listHref(base, { ...keep, q: text.trim() || undefined });
    startTransition(() => router.replace(href, { scroll: false }));
  };
  return (
    <form
      method="get"
      action={base}
      role="search"
      aria-label={t("filterLabel")}
      className="list-controls"
      onSubmit={(event) => {
        event.preventDefault();
        show(String(new FormData(event.currentTarget).get("q") ?? ""));
      }}
    >
      {Object.entries(keep).map(
        ([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />,
      )}
      <div className="field wide-field">
        <label htmlFor="member-filter">{t("filterLabel")}</label>
        <span id="member-filter-hint" className="hint muted">
          {t("filterHint")}
        </span>
        <input
          type="search"
          id="member-filter"
          name="q"
          defaultValue={q ?? ""}
          maxLength={200}
          autoComplete="off"
          aria-describedby={`member-filter-hint ${summaryId}`}
          onChange={(event) => {
            const text = event.currentTarget.value;
            clearTimeout(pause.current);
            pause.current = setTimeout(() => show(text), TYPING_PAUSE_MS);
          }}
        />
      </div>
      <div className="list-controls-actions">
        <button type="submit" className="button secondary">
          {t("find")}
        </button>
        {q && <Link href={listHref(base, keep)}>{t("clearFilter")}</Link>}
      </div>
    </form>
  );
}
