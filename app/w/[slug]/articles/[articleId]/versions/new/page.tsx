import type { Metadata } from "next";
import Link from "next/link";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { ImportVersionForm } from "./import-version-form";

export const metadata: Metadata = { title: "Import a new version" };

export default async function ImportVersionPage({ params }: { params: Promise<{ slug: string; articleId: string }> }) {
  const { slug, articleId } = await params;
  pageAuthorize(await pageActor(slug), "article.update");
  return (
    <>
      <p style={{ margin: 0 }}>
        <Link href={`/w/${slug}/articles/${articleId}`}>← Back to the article</Link>
      </p>
      <h1>Import a new version</h1>
      <p className="muted">When an outlet changes its story, import the new text. Every annotation is moved to it; changed figures and names are flagged, never absorbed silently.</p>
      <section className="card" style={{ maxWidth: "48rem" }}>
        <ImportVersionForm slug={slug} articleId={articleId} />
      </section>
    </>
  );
}
