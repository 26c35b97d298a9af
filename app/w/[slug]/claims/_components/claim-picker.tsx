"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { ClaimHitDto } from "@/lib/claims/search-claims";
import { fetchReaderJson } from "@/app/w/[slug]/articles/[articleId]/_reader/fetch-reader-json";

/** The workspace's claim search (../search/route.ts). */
const searchPath = (slug: string, query: string) =>
  `/w/${encodeURIComponent(slug)}/claims/search?${new URLSearchParams({ q: query })}`;

/**
 * Search-as-you-type for another claim of the workspace, then one radio button
 * per hit: a plain fieldset, so the keyboard path is Tab to the search box,
 * type, Tab into the results, arrow keys to choose.
 */
export function ClaimPicker({
  slug,
  idPrefix,
  excludeIds,
  value,
  onChange,
  errors,
}: {
  slug: string;
  idPrefix: string;
  excludeIds: string[];
  value: string;
  onChange(claimId: string): void;
  errors?: string[];
}) {
  const t = useTranslations("claims.claimPicker");
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<ClaimHitDto[] | null>(null);
  const [chosen, setChosen] = useState<ClaimHitDto | null>(null);
  const excluded = excludeIds.join(" ");

  useEffect(() => {
    const aborted = new AbortController();
    const timer = setTimeout(() => {
      fetchReaderJson<ClaimHitDto[]>(searchPath(slug, query), aborted.signal).then(
        (result) => {
          if (!aborted.signal.aborted && result.ok)
            setHits(result.data.filter((h) => !excluded.split(" ").includes(h.id)));
        },
        // no answer (offline, or the session ended): the last hits stay, as with a failed search
        () => undefined,
      );
    }, 200);
    return () => {
      aborted.abort();
      clearTimeout(timer);
    };
  }, [slug, query, excluded]);

  const shown = chosen && hits && !hits.some((h) => h.id === chosen.id) ? [chosen, ...hits] : (hits ?? []);
  return (
    <fieldset className="claim-choice" aria-describedby={errors?.length ? `${idPrefix}-claim-error` : undefined}>
      <legend>{t("legend")}</legend>
      <label htmlFor={`${idPrefix}-claim-search`} className="visually-hidden">
        {t("search")}
      </label>
      <input
        id={`${idPrefix}-claim-search`}
        type="search"
        placeholder={t("searchPlaceholder")}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ width: "100%" }}
      />
      <div className="claim-choice-hits" aria-live="polite">
        {hits === null && <p className="muted">{t("searching")}</p>}
        {hits !== null && shown.length === 0 && <p className="muted">{t("noMatch")}</p>}
        {shown.map((h) => (
          <label key={h.id} className="claim-choice-hit">
            <input
              type="radio"
              name={`${idPrefix}-claim`}
              value={h.id}
              checked={value === h.id}
              onChange={() => {
                setChosen(h);
                onChange(h.id);
              }}
            />
            <span>
              {h.statement}
              <span className="muted">
                {" "}
                · {h.claimant ?? t("noClaimant")} · {t("appearances", { count: h.appearances })}
              </span>
            </span>
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p className="field-error" id={`${idPrefix}-claim-error`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
