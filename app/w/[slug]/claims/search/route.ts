import { getActor } from "@/lib/auth/session";
import { searchClaims } from "@/lib/claims/search-claims";
import { readerJson } from "../../articles/[articleId]/reader-json";

/**
 * Any member: the workspace's claims matching ?q=, for the claim picker (a
 * relation's other claim) and the reader (a passage to link to a claim,
 * whichever article is open). The API's is GET /api/v1/claims?q=.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const query = new URL(request.url).searchParams.get("q") ?? "";
  return readerJson(async () => searchClaims(await getActor(slug), query));
}
