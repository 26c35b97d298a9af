import { findDeletedArticles } from "@/lib/articles/find-deleted-articles";
import type { Actor } from "@/lib/policy/actor";
import { DeletedArticleList } from "./deleted-article-list";

/** The admin page's "Deleted articles" section: most recently deleted first, each restorable. */
export async function DeletedArticles({ slug, actor }: { slug: string; actor: Actor }) {
  const articles = await findDeletedArticles(actor);
  return (
    <section className="card" aria-labelledby="deleted-articles-heading">
      <h2 id="deleted-articles-heading">Deleted articles</h2>
      <p className="muted">Deleting keeps an article’s versions, annotations and claim passages; restoring brings them all back.</p>
      <DeletedArticleList slug={slug} articles={articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, deletedAt: a.deletedAt.toISOString() }))} />
    </section>
  );
}
