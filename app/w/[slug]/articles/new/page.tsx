import type { Metadata } from "next";
import Link from "next/link";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { getTranslations } from "next-intl/server";
import { NewArticleForm } from "./new-article-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articles.newArticle");
  return { title: t("title") };
}

export default async function NewArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  pageAuthorize(await pageActor(slug), "article.create");
  const t = await getTranslations("articles.newArticle");
  return (
    <>
      <p style={{ margin: 0 }}>
        <Link href={`/w/${slug}/articles`}>{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <section className="card" style={{ maxWidth: "48rem" }}>
        <NewArticleForm slug={slug} />
      </section>
    </>
  );
}
