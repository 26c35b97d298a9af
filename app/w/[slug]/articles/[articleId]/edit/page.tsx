import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { getArticleMetadata } from "@/lib/articles/get-article-metadata";
import { NotFoundError } from "@/lib/errors";
import { EditArticleForm } from "./edit-article-form";
import { DeleteArticleForm } from "./delete-article-form";
import { can } from "@/lib/policy/policy";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articles.edit");
  return { title: t("title") };
}

export default async function EditArticlePage({ params }: { params: Promise<{ slug: string; articleId: string }> }) {
  const { slug, articleId } = await params;
  const actor = await pageActor(slug);
  pageAuthorize(actor, "article.update");
  const t = await getTranslations("articles.edit");
  const article = await getArticleMetadata(actor, articleId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <>
      <p style={{ margin: 0 }}>
        <Link href={`/w/${slug}/articles/${articleId}`}>{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <section className="card" style={{ maxWidth: "48rem" }}>
        <EditArticleForm
          slug={slug}
          articleId={articleId}
          initial={{
            title: article.title,
            outlet: article.outlet ?? "",
            author: article.author ?? "",
            url_meta: article.url ?? "",
            publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? "",
            language: article.language ?? "",
          }}
        />
      </section>
      {can(actor, "article.delete") && (
        <section className="card" style={{ maxWidth: "48rem" }}>
          <DeleteArticleForm slug={slug} articleId={articleId} title={article.title} />
        </section>
      )}
    </>
  );
}
