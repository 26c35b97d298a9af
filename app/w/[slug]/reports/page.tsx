import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { findReports } from "@/lib/reports/find-reports";
import { findArticles } from "@/lib/articles/find-articles";
import { can } from "@/lib/policy/policy";
import { ImportAnnotationsForm } from "./import-annotations-form";
import { SCOPE_LABELS } from "./scope-labels";

export const metadata: Metadata = { title: "Reports" };
const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function ReportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await pageActor(slug);
  const canCreate = can(actor, "report.exportInternal");
  const canImport = can(actor, "annotation.create");
  const [reports, articles] = await Promise.all([findReports(actor), canImport ? findArticles(actor) : Promise.resolve([])]);
  return (
    <>
      <div className="page-head">
        <h1>Reports</h1>
        {canCreate && <Link className="button" href={`/w/${slug}/reports/new`}>New report</Link>}
      </div>
      {reports.length === 0 ? (
        <EmptyState title={canCreate ? "No reports yet" : "No published reports yet"}>
          <p>
            A report gathers the verdicts on one article, a set of claims, a conflict, or the whole workspace over a date range, for readers and for other tools
            (ClaimReview, Web Annotations, Markdown, CSV, PDF). {canCreate ? "Reviewers publish it at a public link." : "Reviewers publish them; published reports appear here."}
          </p>
        </EmptyState>
      ) : (
        <table className="data">
          <caption className="visually-hidden">Reports of this workspace</caption>
          <thead><tr><th scope="col">Report</th><th scope="col">Covers</th><th scope="col">Status</th><th scope="col">Created</th></tr></thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id}>
                <td><Link href={`/w/${slug}/reports/${r.id}`}>{r.title}</Link></td>
                <td>{SCOPE_LABELS[r.scope]}</td>
                <td>
                  {r.publishedAt ? <span className="badge published">Published {day.format(r.publishedAt)}</span> : <span className="badge">Not published</span>}
                  {r.corrections > 0 && <span className="muted"> · {r.corrections} correction{r.corrections === 1 ? "" : "s"}</span>}
                </td>
                <td>{day.format(r.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canImport && (
        <section className="card" aria-labelledby="import-heading" style={{ marginTop: "2rem" }}>
          <h2 id="import-heading">Import Web Annotations</h2>
          <ImportAnnotationsForm slug={slug} articles={articles.map((a) => ({ id: a.id, title: a.title }))} />
        </section>
      )}
    </>
  );
}
