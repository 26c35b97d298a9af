import { handleResourceRead, handleRoute } from "@/lib/api/http/handle-route";
import { getArticleRoute } from "@/lib/api/articles/contracts";
import { deleteArticleRoute } from "@/lib/api/articles/deletion-contracts";
import { deleteArticle } from "@/lib/articles/delete-article";

export const GET = handleResourceRead(getArticleRoute);

export const DELETE = handleRoute(deleteArticleRoute, async ({ actor, params, query }) => {
  await deleteArticle(actor, params.articleId, query.correctionNote);
});
