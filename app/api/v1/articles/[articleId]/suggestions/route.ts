import { handleRoute } from "@/lib/api/http/handle-route";
import { findArticleSuggestionsRoute } from "@/lib/api/articles/suggestion-contracts";
import { findArticleSuggestions } from "@/lib/articles/find-article-suggestions";

export const GET = handleRoute(findArticleSuggestionsRoute, ({ actor, params }) =>
  findArticleSuggestions(actor, params.articleId),
);
