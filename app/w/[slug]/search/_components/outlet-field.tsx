"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import { fetchReaderJson } from "@/app/w/[slug]/articles/[articleId]/_reader/fetch-reader-json";

/** How long typing pauses before the suggestions follow. */
const TYPING_PAUSE_MS = 200;

/**
 * The outlet filter: a text field whose suggestions (a datalist, which the
 * browser offers as a keyboard-usable list) follow what is typed, from all the
 * workspace's outlets (search/outlets/route.ts), so every outlet is reachable
 * however many there are. Without JavaScript it suggests the first ones and
 * takes any outlet typed in full. The parameter stays `outlet`.
 */
export function OutletField({
  slug,
  form,
  value,
  initial,
  errors,
}: {
  slug: string;
  form: string;
  value: string | undefined;
  initial: string[];
  errors: string[] | undefined;
}) {
  const t = useTranslations("search.filters");
  const [typed, setTyped] = useState<string | null>(null);
  const [outlets, setOutlets] = useState(initial);

  useEffect(() => {
    if (typed === null) return;
    const request = new AbortController();
    const timer = setTimeout(() => {
      const path = `/w/${encodeURIComponent(slug)}/search/outlets?${new URLSearchParams({ q: typed })}`;
      fetchReaderJson<string[]>(path, request.signal).then(
        (result) => result.ok && setOutlets(result.data),
        () => {}, // aborted by the next keystroke, or no answer: the suggestions stay as they were
      );
    }, TYPING_PAUSE_MS);
    return () => {
      request.abort();
      clearTimeout(timer);
    };
  }, [typed, slug]);

  return (
    <Field id="outlet" label={t("outlet")} hint={t("outletHint")} errors={errors}>
      <input
        {...fieldAria("outlet", errors, true)}
        form={form}
        type="text"
        defaultValue={value ?? ""}
        list="search-outlets"
        autoComplete="off"
        onChange={(event) => setTyped(event.currentTarget.value)}
      />
      <datalist id="search-outlets" data-testid="outlet-suggestions">
        {outlets.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      {typed !== null && (
        <span role="status" className="visually-hidden">
          {t("outletSuggestions", { count: outlets.length })}
        </span>
      )}
    </Field>
  );
}
