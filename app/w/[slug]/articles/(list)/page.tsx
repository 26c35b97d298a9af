import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { ListControls } from "@/app/_components/paging/list-controls";
import { Pager } from "@/app/_components/paging/pager";
import { describeList, loadListPage, sortOptions } from "@/app/_components/paging/load-list-page";
import { findArticles } from "@/lib/articles/find-articles";
import { ARTICLE_SORTS, parseArticleListQuery } from "@/lib/articles/article-list-query";
import { can } from "@/lib/policy/policy";
import { formatCalendarDay, isoCalendarDay } from "@/lib/time/format-time";
import { getLocale, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articles.list");
  return { title: t("title") };
}

export default async function ArticlesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const query = parseArticleListQuery(await searchParams);
  const actor = await pageActor(slug);
  const page = await loadListPage(findArticles(actor, query));
  const base = `/w/${slug}/articles`;
  const listParams = { sort: query.sort === "imported" ? undefined : query.sort, outlet: query.outlet, q: query.q };
  const filtered = Boolean(query.outlet || query.q || query.sort === "published");
  const t = await getTranslations("articles.list");
  const locale = await getLocale();
  const sorts = Object.fromEntries(
    Object.keys(ARTICLE_SORTS).map((sort) => [sort, { label: t(`sorts.${sort as keyof typeof ARTICLE_SORTS}`) }]),
  );
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
        {can(actor, "article.create") && (
          <Link className="button" href={`/w/${slug}/articles/new`}>
            {t("importLink")}
          </Link>
        )}
      </div>
      <ListControls
        base={base}
        label={t("controlsLabel")}
        fields={[
          { kind: "select", name: "sort", label: t("sortBy"), value: query.sort, options: sortOptions(sorts) },
          { kind: "text", name: "q", label: t("titleContains"), value: query.q },
          { kind: "text", name: "outlet", label: t("outletContains"), value: query.outlet },
        ]}
      />
      {page.items.length === 0 && !query.cursor && !filtered ? (
        <EmptyState title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : page.items.length === 0 ? (
        <p className="muted">{query.sort === "published" ? t("noMatchWithDate") : t("noMatch")}</p>
      ) : (
        <table className="data">
          <caption className="list-summary">
            {t("caption", {
              description: describeList(sorts[query.sort]!.label, [
                query.sort === "published" && t("onlyWithDate"),
                query.q && t("titleFilter", { text: query.q }),
                query.outlet && t("outletFilter", { text: query.outlet }),
              ]),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.title")}</th>
              <th scope="col">{t("columns.outlet")}</th>
              <th scope="col">{t("columns.published")}</th>
              <th scope="col">{t("columns.versions")}</th>
              <th scope="col">{t("columns.annotations")}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`${base}/${a.id}`}>{a.title}</Link>
                </td>
                <td>{a.outlet ?? "—"}</td>
                <td>
                  {a.publishedAt ? (
                    <time dateTime={isoCalendarDay(a.publishedAt)}>
                      {formatCalendarDay(a.publishedAt, "day", locale)}
                    </time>
                  ) : (
                    "—"
                  )}
                </td>
                <td>{a.versions}</td>
                <td>{a.annotations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        base={base}
        params={listParams}
        cursor={query.cursor}
        previousCursor={page.previousCursor}
        nextCursor={page.nextCursor}
        noun={t("pagerNoun")}
      />
    </>
  );
}
