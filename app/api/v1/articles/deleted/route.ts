import { handleRoute } from "@/lib/api/http/handle-route";
import { listDeletedArticlesRoute } from "@/lib/api/articles/deletion-contracts";
import { findDeletedArticles } from "@/lib/articles/find-deleted-articles";

export const GET = handleRoute(listDeletedArticlesRoute, async ({ actor }) => ({
  items: await findDeletedArticles(actor),
}));
