import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageActor } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { findReports } from "@/lib/reports/find-reports";
import { findArticles } from "@/lib/articles/find-articles";
import { can } from "@/lib/policy/policy";
import { ListControls } from "@/app/_components/paging/list-controls";
import { Pager } from "@/app/_components/paging/pager";
import { describeList, loadListPage } from "@/app/_components/paging/load-list-page";
import { parseReportListQuery, REPORT_SORTS } from "@/lib/reports/report-list-query";
import { ImportAnnotationsForm } from "../import-annotations-form";
import { LocalTime } from "@/app/_components/time/local-time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

/** The import form picks from the newest articles, as it always has (a picker that searches would lift this). */
const IMPORT_ARTICLE_CHOICES = 200;

export default async function ReportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const query = parseReportListQuery(await searchParams);
  const actor = await pageActor(slug);
  const canCreate = can(actor, "report.exportInternal");
  const canImport = can(actor, "annotation.create");
  const [t, page, articles] = await Promise.all([
    getTranslations("reports"),
    loadListPage(findReports(actor, query)),
    canImport ? findArticles(actor, { pageSize: IMPORT_ARTICLE_CHOICES }).then((p) => p.items) : Promise.resolve([]),
  ]);
  const reports = page.items;
  const base = `/w/${slug}/reports`;
  const listParams = { sort: query.sort === "newest" ? undefined : query.sort, state: query.state };
  const filtered = Boolean(query.state || query.sort === "published");
  const sortLabel = (sort: keyof typeof REPORT_SORTS) => t(`list.sort.${sort}`);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
        {canCreate && (
          <Link className="button" href={`/w/${slug}/reports/new`}>
            {t("list.newReport")}
          </Link>
        )}
      </div>
      <ListControls
        base={base}
        label={t("list.controls")}
        fields={[
          {
            kind: "select",
            name: "sort",
            label: t("list.sortBy"),
            value: query.sort,
            options: (Object.keys(REPORT_SORTS) as (keyof typeof REPORT_SORTS)[]).map((value) => ({
              value,
              label: sortLabel(value),
            })),
          },
          ...(canCreate
            ? [
                {
                  kind: "select" as const,
                  name: "state",
                  label: t("list.show"),
                  value: query.state,
                  options: [
                    { value: "", label: t("list.stateAll") },
                    { value: "published", label: t("list.statePublished") },
                    { value: "drafts", label: t("list.stateDrafts") },
                  ],
                },
              ]
            : []),
        ]}
      />
      {reports.length === 0 && (filtered || query.cursor) ? (
        <p className="muted">{t("list.noneMatch")}</p>
      ) : reports.length === 0 ? (
        <EmptyState title={canCreate ? t("list.emptyTitle") : t("list.emptyTitlePublished")}>
          <p>
            {t("list.emptyText")} {canCreate ? t("list.emptyReviewersPublish") : t("list.emptyPublishedAppear")}
          </p>
        </EmptyState>
      ) : (
        <table className="data">
          <caption className="list-summary">
            {t("list.caption", {
              description: describeList(sortLabel(query.sort), [
                query.sort === "published" && t("list.filterPublishedOnly"),
                query.state === "published" && t("list.filterPublished"),
                query.state === "drafts" && t("list.filterDrafts"),
              ]),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("list.columnReport")}</th>
              <th scope="col">{t("list.columnCovers")}</th>
              <th scope="col">{t("list.columnStatus")}</th>
              <th scope="col">{t("list.columnCreated")}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={`/w/${slug}/reports/${r.id}`}>{r.title}</Link>
                </td>
                <td>{t(`scope.${r.scope}`)}</td>
                <td>
                  {r.publishedAt ? (
                    <span className="badge published">
                      {t.rich("list.publishedOn", {
                        date: () => r.publishedAt && <LocalTime date={r.publishedAt} style="day" />,
                      })}
                    </span>
                  ) : (
                    <span className="badge">{t("list.notPublished")}</span>
                  )}
                  {r.corrections > 0 && (
                    <span className="muted"> · {t("list.corrections", { count: r.corrections })}</span>
                  )}
                </td>
                <td>
                  <LocalTime date={r.createdAt} style="day" />
                </td>
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
        noun={t("list.pagerNoun")}
      />
      {canImport && (
        <section className="card" aria-labelledby="import-heading" style={{ marginTop: "2rem" }}>
          <h2 id="import-heading">{t("list.importHeading")}</h2>
          <ImportAnnotationsForm slug={slug} articles={articles.map((a) => ({ id: a.id, title: a.title }))} />
        </section>
      )}
    </>
  );
}
