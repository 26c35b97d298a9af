import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { findReports } from "@/lib/reports/find-reports";
import { findArticles } from "@/lib/articles/find-articles";
import { can } from "@/lib/policy/policy";
import { ListControls } from "@/app/_components/paging/list-controls";
import { Pager } from "@/app/_components/paging/pager";
import { describeList, loadListPage, sortOptions } from "@/app/_components/paging/load-list-page";
import { parseReportListQuery, REPORT_SORTS } from "@/lib/reports/report-list-query";
import { ImportAnnotationsForm } from "./import-annotations-form";
import { SCOPE_LABELS } from "./scope-labels";
import { LocalTime } from "@/app/_components/time/local-time";

export const metadata: Metadata = { title: "Reports" };

/** The import form picks from the newest articles, as it always has (a picker that searches would lift this). */
const IMPORT_ARTICLE_CHOICES = 200;

export default async function ReportsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const query = parseReportListQuery(await searchParams);
  const actor = await pageActor(slug);
  const canCreate = can(actor, "report.exportInternal");
  const canImport = can(actor, "annotation.create");
  const [page, articles] = await Promise.all([loadListPage(findReports(actor, query)), canImport ? findArticles(actor, { pageSize: IMPORT_ARTICLE_CHOICES }).then((p) => p.items) : Promise.resolve([])]);
  const reports = page.items;
  const base = `/w/${slug}/reports`;
  const listParams = { sort: query.sort === "newest" ? undefined : query.sort, state: query.state };
  const filtered = Boolean(query.state || query.sort === "published");
  return (
    <>
      <div className="page-head">
        <h1>Reports</h1>
        {canCreate && <Link className="button" href={`/w/${slug}/reports/new`}>New report</Link>}
      </div>
      <ListControls
        base={base}
        label="Sort and filter reports"
        fields={[
          { kind: "select", name: "sort", label: "Sort by", value: query.sort, options: sortOptions(REPORT_SORTS) },
          ...(canCreate ? [{ kind: "select" as const, name: "state", label: "Show", value: query.state, options: [{ value: "", label: "Published and drafts" }, { value: "published", label: "Published" }, { value: "drafts", label: "Drafts" }] }] : []),
        ]}
      />
      {reports.length === 0 && (filtered || query.cursor) ? (
        <p className="muted">No reports match.</p>
      ) : reports.length === 0 ? (
        <EmptyState title={canCreate ? "No reports yet" : "No published reports yet"}>
          <p>
            A report gathers the verdicts on one article, a set of claims, a conflict, or the whole workspace over a date range, for readers and for other tools
            (ClaimReview, Web Annotations, Markdown, CSV, PDF). {canCreate ? "Reviewers publish it at a public link." : "Reviewers publish them; published reports appear here."}
          </p>
        </EmptyState>
      ) : (
        <table className="data">
          <caption className="list-summary">
            Reports, {describeList(REPORT_SORTS[query.sort].label, [query.sort === "published" && "published ones only", query.state === "published" && "published", query.state === "drafts" && "drafts"])}
          </caption>
          <thead><tr><th scope="col">Report</th><th scope="col">Covers</th><th scope="col">Status</th><th scope="col">Created</th></tr></thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id}>
                <td><Link href={`/w/${slug}/reports/${r.id}`}>{r.title}</Link></td>
                <td>{SCOPE_LABELS[r.scope]}</td>
                <td>
                  {r.publishedAt ? <span className="badge published">Published <LocalTime date={r.publishedAt} style="day" /></span> : <span className="badge">Not published</span>}
                  {r.corrections > 0 && <span className="muted"> · {r.corrections} correction{r.corrections === 1 ? "" : "s"}</span>}
                </td>
                <td><LocalTime date={r.createdAt} style="day" /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager base={base} params={listParams} cursor={query.cursor} nextCursor={page.nextCursor} noun="reports" />
      {canImport && (
        <section className="card" aria-labelledby="import-heading" style={{ marginTop: "2rem" }}>
          <h2 id="import-heading">Import Web Annotations</h2>
          <ImportAnnotationsForm slug={slug} articles={articles.map((a) => ({ id: a.id, title: a.title }))} />
        </section>
      )}
    </>
  );
}
