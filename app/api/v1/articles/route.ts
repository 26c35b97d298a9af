import { handleRoute } from "@/lib/api/http/handle-route";
import { linkPages } from "@/lib/api/http/link-pages";
import { importArticleRoute, listArticlesRoute } from "@/lib/api/articles/contracts";
import { findArticlesPage } from "@/lib/api/articles/find-articles-page";
import { toImportSource } from "@/lib/api/articles/to-import-source";
import { importArticle } from "@/lib/articles/import-article";
import { getArticle } from "@/lib/articles/get-article";

export const GET = handleRoute(listArticlesRoute, async ({ actor, query, url, headers }) => {
  const page = await findArticlesPage(actor, query);
  linkPages(url, headers, page);
  return page;
});

export const POST = handleRoute(importArticleRoute, async ({ actor, body, query, url, headers }) => {
  const { source, fields } = toImportSource(body, query);
  const { id } = await importArticle(actor, source, fields);
  headers.set("Location", `${url.pathname}/${id}`);
  return getArticle(actor, id);
});
