import { handleRoute } from "@/lib/api/handle-route";
import { linkNextPage } from "@/lib/api/link-next-page";
import { importArticleRoute, listArticlesRoute } from "@/lib/api/articles/contracts";
import { findArticlesPage } from "@/lib/api/articles/find-articles-page";
import { toImportSource } from "@/lib/api/articles/to-import-source";
import { importArticle } from "@/lib/articles/import-article";
import { getArticle } from "@/lib/articles/get-article";

export const GET = handleRoute(listArticlesRoute, async ({ actor, query, url, headers }) => {
  const page = await findArticlesPage(actor, query);
  linkNextPage(url, headers, page.nextCursor);
  return page;
});

export const POST = handleRoute(importArticleRoute, async ({ actor, body, query, url, headers }) => {
  const { source, fields } = toImportSource(body, query);
  const { id } = await importArticle(actor, source, fields);
  headers.set("Location", `${url.pathname}/${id}`);
  return getArticle(actor, id);
});
