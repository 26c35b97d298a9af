import type { Metadata } from "next";
import Link from "next/link";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { getTranslations } from "next-intl/server";
import { ImportVersionForm } from "./import-version-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articles.versions");
  return { title: t("title") };
}

export default async function ImportVersionPage({ params }: { params: Promise<{ slug: string; articleId: string }> }) {
  const { slug, articleId } = await params;
  pageAuthorize(await pageActor(slug), "article.update");
  const t = await getTranslations("articles.versions");
  return (
    <>
      <p style={{ margin: 0 }}>
        <Link href={`/w/${slug}/articles/${articleId}`}>{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <section className="card" style={{ maxWidth: "48rem" }}>
        <ImportVersionForm slug={slug} articleId={articleId} />
      </section>
    </>
  );
}
