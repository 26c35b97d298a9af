import { handleRoute } from "@/lib/api/http/handle-route";
import { restoreArticleRoute } from "@/lib/api/articles/deletion-contracts";
import { restoreArticle } from "@/lib/articles/restore-article";
import { getArticle } from "@/lib/articles/get-article";

export const POST = handleRoute(restoreArticleRoute, async ({ actor, params }) => {
  await restoreArticle(actor, params.articleId);
  return getArticle(actor, params.articleId);
});
