import { handleRoute } from "@/lib/api/handle-route";
import { getArticleRoute } from "@/lib/api/articles/contracts";
import { getArticle } from "@/lib/articles/get-article";

export const GET = handleRoute(getArticleRoute, ({ actor, params }) => getArticle(actor, params.articleId));
