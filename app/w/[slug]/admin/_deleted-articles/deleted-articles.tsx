import { findDeletedArticles } from "@/lib/articles/find-deleted-articles";
import type { Actor } from "@/lib/policy/actor";
import { DeletedArticleList } from "./deleted-article-list";
import { getTranslations } from "next-intl/server";

/** The admin page's "Deleted articles" section: most recently deleted first, each restorable. */
export async function DeletedArticles({ slug, actor }: { slug: string; actor: Actor }) {
  const [articles, t] = await Promise.all([findDeletedArticles(actor), getTranslations("admin.deletedArticles")]);
  return (
    <section className="card" aria-labelledby="deleted-articles-heading">
      <h2 id="deleted-articles-heading">{t("heading")}</h2>
      <p className="muted">{t("intro")}</p>
      <DeletedArticleList
        slug={slug}
        articles={articles.map((a) => ({
          id: a.id,
          title: a.title,
          outlet: a.outlet,
          deletedAt: a.deletedAt.toISOString(),
        }))}
      />
    </section>
  );
}
