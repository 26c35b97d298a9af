import { handleRoute } from "@/lib/api/http/handle-route";
import { importArticleVersionRoute } from "@/lib/api/articles/version-contracts";
import { toImportSource } from "@/lib/api/articles/to-import-source";
import { importArticleVersionFrom } from "@/lib/articles/import-article";

export const POST = handleRoute(importArticleVersionRoute, async ({ actor, params, body }) => {
  // the same reading of text, Markdown and HTML as POST /articles; a version has no metadata
  const { source } = toImportSource(body, {});
  return importArticleVersionFrom(actor, params.articleId, source);
});
