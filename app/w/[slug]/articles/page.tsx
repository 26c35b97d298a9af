import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { findArticles } from "@/lib/articles/find-articles";
import { can } from "@/lib/policy/policy";

export const metadata: Metadata = { title: "Articles" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function ArticlesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await pageActor(slug);
  const articles = await findArticles(actor);
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
      {articles.length === 0 ? (
        <EmptyState title="No articles yet">
          <p>Articles you import appear here: paste text, upload a .txt, .md or .html file, or give a URL. Each import is kept as a version, and highlights follow the text when it changes.</p>
        </EmptyState>
      ) : (
        <table className="data">
          <caption className="visually-hidden">Articles in this workspace</caption>
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
            {articles.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/w/${slug}/articles/${a.id}`}>{a.title}</Link>
                </td>
                <td>{a.outlet ?? "—"}</td>
                <td>{a.publishedAt ? <time dateTime={a.publishedAt.toISOString()}>{dateFormat.format(a.publishedAt)}</time> : "—"}</td>
                <td>{a.versions}</td>
                <td>{a.annotations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
