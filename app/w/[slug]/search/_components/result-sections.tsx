import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { HitType } from "@/lib/search/schemas";
import type { SearchResultsDto, SectionDto } from "@/lib/search/search-workspace";
import styles from "../search.module.css";
import { Pager } from "./pager";
import { AnnotationResults, ArticleResults, ClaimResults } from "./result-lists";

type Href = (next: Record<string, string | undefined>) => string;

/** The result groups: all three types on the overview (a few each), or one type with pages. */
export function ResultSections({ slug, results, hrefFor }: { slug: string; results: SearchResultsDto; hrefFor: Href }) {
  const t = useTranslations("search.results");
  const sections = [results.articles, results.annotations, results.claims];
  const nothing = sections.every((s) => s.state !== "shown" || s.total === 0);
  const frame = { results, hrefFor };
  return (
    <>
      {nothing && (
        <p className="alert info" role="status">
          {results.terms.exclude.length > 0
            ? t("nothingFoundWithout", {
                query: results.query,
                excluded: results.terms.exclude.map((term) => t("quoted", { term })).join(", "),
              })
            : t("nothingFound", { query: results.query })}
        </p>
      )}
      <SectionFrame type="articles" section={results.articles} {...frame}>
        {(hits) => <ArticleResults slug={slug} hits={hits} />}
      </SectionFrame>
      <SectionFrame type="annotations" section={results.annotations} {...frame}>
        {(hits) => <AnnotationResults slug={slug} hits={hits} />}
      </SectionFrame>
      <SectionFrame type="claims" section={results.claims} {...frame}>
        {(hits) => <ClaimResults slug={slug} hits={hits} />}
      </SectionFrame>
    </>
  );
}

/** One result type: heading with its count, why it is empty or hidden, its hits, and its pages. */
function SectionFrame<T>({
  type,
  section,
  results,
  hrefFor,
  children,
}: {
  type: HitType;
  section: SectionDto<T>;
  results: SearchResultsDto;
  hrefFor: Href;
  children: (hits: T[]) => ReactNode;
}) {
  const t = useTranslations("search.results");
  const labels = useTranslations("labels");
  if (section.state === "not-asked") return null;
  const headingId = `results-${type}`;
  const overview = results.type === "all";
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {labels(`searchType.${type}`)}
        {section.state === "shown" && ` (${section.total}${section.capped ? "+" : ""})`}
        {overview && section.state === "shown" && section.total > section.hits.length && (
          <Link href={hrefFor({ type })}>{t(`showAll.${type}`)}</Link>
        )}
      </h2>
      {section.state === "filtered-out" && <p className="muted">{section.reason}</p>}
      {section.state === "shown" && (
        <>
          {section.capped && <p className="muted">{t("windowNote")}</p>}
          {section.total === 0 ? <p className="muted">{t(`noneMatch.${type}`)}</p> : children(section.hits)}
          {!overview && (
            <Pager
              page={results.page}
              pageSize={results.pageSize}
              total={section.total}
              capped={section.capped}
              href={(page) => hrefFor({ type, page: page > 1 ? String(page) : undefined })}
            />
          )}
        </>
      )}
    </section>
  );
}
