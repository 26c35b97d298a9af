import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageActor } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { Field, fieldAria } from "@/app/_components/field";
import { InvalidInputError, type FieldErrors } from "@/lib/errors";
import { findSearchFilterOptions } from "@/lib/search/find-search-filter-options";
import { FILTER_KEYS, MAX_QUERY_LENGTH, parseSearchParams, SEARCH_TYPES, type SearchType } from "@/lib/search/schemas";
import { searchWorkspace, type SearchResultsDto } from "@/lib/search/search-workspace";
import { FilterPanel } from "../_components/filter-panel";
import { ResultSections } from "../_components/result-sections";
import { searchHref, stringParams } from "../search-url";
import styles from "../search.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

const FORM_ID = "search-form";
/** Parameters without a field of their own: their messages go in the alert. */
const OTHER_FIELDS = ["page", "type"] as const;
const isOtherField = (key: string): key is (typeof OTHER_FIELDS)[number] =>
  (OTHER_FIELDS as readonly string[]).includes(key);

/**
 * Search results for the workspace. Bad input (an empty or overlong query, an
 * unknown filter value) is shown as messages next to the fields, never as an
 * error page.
 */
export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const raw = await searchParams;
  const actor = await pageActor(slug);
  const values = stringParams(raw);
  const [t, labels, options] = await Promise.all([
    getTranslations("search"),
    getTranslations("labels"),
    findSearchFilterOptions(actor),
  ]);

  let results: SearchResultsDto | null = null;
  let errors: FieldErrors = {};
  let problem: string | null = null;
  if (raw.q !== undefined) {
    try {
      results = await searchWorkspace(actor, parseSearchParams(raw));
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      problem = error.message;
      errors = error.fieldErrors;
    }
  }
  const type: SearchType = SEARCH_TYPES.includes(values.type as SearchType) ? (values.type as SearchType) : "all";
  const filterValues = Object.fromEntries(FILTER_KEYS.flatMap((k) => (values[k] ? [[k, values[k]]] : [])));
  const activeFilters = Object.keys(filterValues).length;
  const hrefFor = (next: Record<string, string | undefined>) =>
    searchHref(slug, { q: values.q, type: type === "all" ? undefined : type, ...filterValues, ...next });

  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <form
        id={FORM_ID}
        role="search"
        aria-label={t("formLabel")}
        action={`/w/${slug}/search`}
        method="get"
        className={styles.queryForm}
        noValidate
      >
        <Field id="q" label={t("searchFor")} hint={t("queryHint", { max: MAX_QUERY_LENGTH })} errors={errors.q}>
          <input {...fieldAria("q", errors.q, true)} type="search" defaultValue={values.q ?? ""} autoComplete="off" />
        </Field>
        {type !== "all" && <input type="hidden" name="type" value={type} />}
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </form>
      {problem && (
        <p className="alert error" role="alert">
          {problem}{" "}
          {Object.entries(errors)
            .filter(([key]) => !["q", ...FILTER_KEYS].includes(key))
            .map(([key, messages]) =>
              t("fieldProblem", {
                field: isOtherField(key) ? t(`otherFields.${key}`) : key,
                messages: messages.join(" "),
              }),
            )
            .join(" ")}
        </p>
      )}
      <div className={styles.layout}>
        <FilterPanel
          slug={slug}
          form={FORM_ID}
          values={values}
          options={options}
          errors={errors}
          clearHref={searchHref(slug, { q: values.q, type: type === "all" ? undefined : type })}
        />
        <div>
          {results ? (
            <>
              <nav aria-label={t("resultTypes")}>
                <ul className={styles.tabs}>
                  {SEARCH_TYPES.map((tab) => (
                    <li key={tab}>
                      <Link
                        href={hrefFor({ type: tab === "all" ? undefined : tab })}
                        aria-current={tab === type ? "page" : undefined}
                      >
                        {labels(`searchType.${tab}`)}
                        {tabCount(results, tab)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              {activeFilters > 0 && <p className={styles.summary}>{t("filtersApplied", { count: activeFilters })}</p>}
              <ResultSections slug={slug} results={results} hrefFor={hrefFor} />
            </>
          ) : (
            !problem && (
              <EmptyState title={t("emptyTitle")}>
                <p>{t.rich("emptyText", { kbd: (chunks) => <kbd>{chunks}</kbd> })}</p>
              </EmptyState>
            )
          )}
        </div>
      </div>
    </>
  );
}

/** " (12)" after a tab's name on the overview, where the count is known. */
function tabCount(results: SearchResultsDto, type: SearchType): string {
  if (type === "all") return "";
  const section = results[type];
  return section.state === "shown" ? ` (${section.total}${section.capped ? "+" : ""})` : "";
}
