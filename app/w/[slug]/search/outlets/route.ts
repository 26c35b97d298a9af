import { getActor } from "@/lib/auth/session";
import { findOutlets, OUTLET_SUGGESTIONS } from "@/lib/search/find-outlets";
import { readerJson } from "../../articles/[articleId]/reader-json";

/**
 * Any member: the workspace's outlets whose name contains ?q=, for the search
 * page's outlet field as one types. The API's is GET /api/v1/search/outlets.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 200);
  return readerJson(async () => findOutlets(await getActor(slug), { q, limit: OUTLET_SUGGESTIONS }));
}
