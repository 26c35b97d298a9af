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

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const query = parseArticleListQuery(await searchParams);
  const actor = await pageActor(slug);
  const page = await loadListPage(findArticles(actor, query));
  const base = `/w/${slug}/articles`;
  const listParams = { sort: query.sort === "imported" ? undefined : query.sort, outlet: query.outlet, q: query.q };
  const filtered = Boolean(query.outlet || query.q || query.sort === "published");
  return (
    <>
      <div className="page-head">
        <h1>Articles</h1>
        {can(actor, "article.create") && (
          <Link className="button" href={`/w/${slug}/articles/new`}>
            Import an article
          </Link>
        )}
      </div>
      <ListControls
        base={base}
        label="Sort and filter articles"
        fields={[
          { kind: "select", name: "sort", label: "Sort by", value: query.sort, options: sortOptions(ARTICLE_SORTS) },
          { kind: "text", name: "q", label: "Title contains", value: query.q },
          { kind: "text", name: "outlet", label: "Outlet contains", value: query.outlet },
        ]}
      />
      {page.items.length === 0 && !query.cursor && !filtered ? (
        <EmptyState title="No articles yet">
          <p>Articles you import appear here: paste text, upload a .txt, .md or .html file, or give a URL. Each import is kept as a version, and highlights follow the text when it changes.</p>
        </EmptyState>
      ) : page.items.length === 0 ? (
        <p className="muted">{query.sort === "published" ? "No articles with a publication date match." : "No articles match."}</p>
      ) : (
        <table className="data">
          <caption className="list-summary">
            Articles, {describeList(ARTICLE_SORTS[query.sort].label, [query.sort === "published" && "only those with a publication date", query.q && `title contains “${query.q}”`, query.outlet && `outlet contains “${query.outlet}”`])}
          </caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col">Published</th>
              <th scope="col">Versions</th>
              <th scope="col">Annotations</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`${base}/${a.id}`}>{a.title}</Link>
                </td>
                <td>{a.outlet ?? "—"}</td>
                <td>{a.publishedAt ? <time dateTime={isoCalendarDay(a.publishedAt)}>{formatCalendarDay(a.publishedAt)}</time> : "—"}</td>
                <td>{a.versions}</td>
                <td>{a.annotations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager base={base} params={listParams} cursor={query.cursor} nextCursor={page.nextCursor} noun="articles" />
    </>
  );
}
