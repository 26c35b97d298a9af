import { z } from "zod";
import { firstValues, listQueryFields, textFilter, type ListSort } from "@/lib/paging/list-query";

/** How many articles one page of the list shows. */
export const ARTICLES_PAGE_SIZE = 50;

/**
 * The article list's sorts. Newest imported is served by the index on
 * (workspaceId, createdAt); published and title use the (workspaceId,
 * publishedAt, id) and (workspaceId, title, id) indexes to stay one range scan at
 * scale. Sorting by publication date lists only articles that have one.
 */
export const ARTICLE_SORTS = {
  imported: { field: "createdAt", direction: "desc", type: "date", label: "Newest imported" },
  published: { field: "publishedAt", direction: "desc", type: "date", label: "Newest published" },
  title: { field: "title", direction: "asc", type: "string", label: "Title A–Z" },
} as const satisfies Record<string, ListSort>;
export type ArticleSort = keyof typeof ARTICLE_SORTS;

export const ArticleListQuerySchema = z.object({
  ...listQueryFields(["imported", "published", "title"] as const satisfies readonly ArticleSort[], ARTICLES_PAGE_SIZE),
  /** text in the outlet's name */
  outlet: textFilter,
  /** text in the title */
  q: textFilter,
});
export type ArticleListQuery = z.output<typeof ArticleListQuerySchema>;

export function parseArticleListQuery(params: Record<string, string | string[] | undefined>): ArticleListQuery {
  return ArticleListQuerySchema.parse(firstValues(params));
}
