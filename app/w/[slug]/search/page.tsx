import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { Field, fieldAria } from "@/app/_components/field";
import { InvalidInputError, type FieldErrors } from "@/lib/errors";
import { findSearchFilterOptions } from "@/lib/search/find-search-filter-options";
import { FILTER_KEYS, MAX_QUERY_LENGTH, parseSearchParams, SEARCH_TYPES, type SearchType } from "@/lib/search/schemas";
import { searchWorkspace, type SearchResultsDto } from "@/lib/search/search-workspace";
import { FilterPanel } from "./_components/filter-panel";
import { ResultSections } from "./_components/result-sections";
import { TYPE_LABELS } from "./labels";
import { searchHref, stringParams } from "./search-url";
import styles from "./search.module.css";

export const metadata: Metadata = { title: "Search" };

const FORM_ID = "search-form";
/** Parameters without a field of their own: their messages go in the alert. */
const OTHER_FIELDS: Record<string, string> = { page: "Page", type: "Result type" };

/**
 * Search results for the workspace. Bad input (an empty or overlong query, an
 * unknown filter value) is shown as messages next to the fields, never as an
 * error page.
 */
export default async function SearchPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const raw = await searchParams;
  const actor = await pageActor(slug);
  const values = stringParams(raw);
  const options = await findSearchFilterOptions(actor);

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
  const hrefFor = (next: Record<string, string | undefined>) => searchHref(slug, { q: values.q, type: type === "all" ? undefined : type, ...filterValues, ...next });

  return (
    <>
      <div className="page-head">
        <h1>Search</h1>
      </div>
      <form id={FORM_ID} role="search" aria-label="Search with filters" action={`/w/${slug}/search`} method="get" className={styles.queryForm} noValidate>
        <Field id="q" label="Search for" hint={`Words, "an exact phrase", this OR that, -without. Up to ${MAX_QUERY_LENGTH} characters.`} errors={errors.q}>
          <input {...fieldAria("q", errors.q, true)} type="search" defaultValue={values.q ?? ""} autoComplete="off" />
        </Field>
        {type !== "all" && <input type="hidden" name="type" value={type} />}
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {problem && (
        <p className="alert error" role="alert">
          {problem} {Object.entries(errors).filter(([key]) => !["q", ...FILTER_KEYS].includes(key)).map(([key, messages]) => `${OTHER_FIELDS[key] ?? key}: ${messages.join(" ")}`).join(" ")}
        </p>
      )}
      <div className={styles.layout}>
        <FilterPanel form={FORM_ID} values={values} options={options} errors={errors} clearHref={searchHref(slug, { q: values.q, type: type === "all" ? undefined : type })} />
        <div>
          {results ? (
            <>
              <nav aria-label="Result types">
                <ul className={styles.tabs}>
                  {SEARCH_TYPES.map((t) => (
                    <li key={t}>
                      <Link href={hrefFor({ type: t === "all" ? undefined : t })} aria-current={t === type ? "page" : undefined}>
                        {TYPE_LABELS[t]}
                        {tabCount(results, t)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              {activeFilters > 0 && (
                <p className={styles.summary}>
                  {activeFilters} filter{activeFilters === 1 ? "" : "s"} applied.
                </p>
              )}
              <ResultSections slug={slug} results={results} hrefFor={hrefFor} />
            </>
          ) : (
            !problem && (
              <EmptyState title="Search this workspace">
                <p>
                  Find articles by title and text, notes by their quote and note, and claims by statement and claimant — also when a name is misspelt. Press <kbd>Ctrl</kbd> <kbd>K</kbd> on any page to
                  search.
                </p>
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
