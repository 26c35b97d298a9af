import { z } from "zod";
import { defineRoute } from "@/lib/api/route-contract";
import { DateTime, Id } from "@/lib/api/http/wire";
import { ArticleSchema, articleResource } from "@/lib/api/articles/contracts";

const ArticleParams = z.object({ articleId: Id });

export const DeletedArticleListSchema = z
  .object({
    items: z.array(z.object({ id: Id, title: z.string(), outlet: z.string().nullable(), deletedAt: DateTime })),
  })
  .meta({ id: "DeletedArticleList" });

export const listDeletedArticlesRoute = defineRoute({
  method: "GET",
  path: "/articles/deleted",
  operationId: "listDeletedArticles",
  summary: "List deleted articles, most recently deleted first (for restoring)",
  description: "Admins only. Not paged: at most the 200 most recently deleted.",
  tag: "Articles",
  role: "ADMIN",
  success: { status: 200, description: "The deleted articles", schema: DeletedArticleListSchema },
  errors: [403],
});

export const deleteArticleRoute = defineRoute({
  method: "DELETE",
  path: "/articles/{articleId}",
  operationId: "deleteArticle",
  summary: "Delete an article (admins)",
  description:
    "A soft delete: versions, annotations and claim passages stay and come back with POST /articles/{articleId}/restore. " +
    "When a published report shows the article (an article report, or a claim with a passage in it), `correctionNote` is required (422 otherwise). Conflict detection runs afterwards.",
  tag: "Articles",
  role: "ADMIN",
  params: ArticleParams,
  query: z.object({
    correctionNote: z
      .string()
      .max(2000)
      .optional()
      .describe("required when a published report shows the article: the report lists it, dated"),
  }),
  success: { status: 204, description: "Deleted" },
  errors: [400, 403, 404, 422],
  resource: articleResource,
});

export const restoreArticleRoute = defineRoute({
  method: "POST",
  path: "/articles/{articleId}/restore",
  operationId: "restoreArticle",
  summary: "Restore a deleted article (admins)",
  description:
    "Brings it back with its versions, annotations and claim passages. No body. Conflict detection runs afterwards.",
  tag: "Articles",
  role: "ADMIN",
  params: ArticleParams,
  success: { status: 200, description: "The restored article", schema: ArticleSchema },
  errors: [403, 404],
});
