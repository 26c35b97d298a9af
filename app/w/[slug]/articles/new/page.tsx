import type { Metadata } from "next";
import Link from "next/link";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { NewArticleForm } from "./new-article-form";

export const metadata: Metadata = { title: "Import an article" };

export default async function NewArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  pageAuthorize(await pageActor(slug), "article.create");
  return (
    <>
      <p style={{ margin: 0 }}>
        <Link href={`/w/${slug}/articles`}>← Articles</Link>
      </p>
      <h1>Import an article</h1>
      <section className="card" style={{ maxWidth: "48rem" }}>
        <NewArticleForm slug={slug} />
      </section>
    </>
  );
}
