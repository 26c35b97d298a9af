import { getActor } from "@/lib/auth/session";
import { searchClaims } from "@/lib/claims/search-claims";
import { readerJson } from "../reader-json";

/**
 * Any member: the workspace's claims matching ?q=, as the reader lists them to
 * link a passage to one. The workspace's claims, whichever article is open.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const query = new URL(request.url).searchParams.get("q") ?? "";
  return readerJson(async () => searchClaims(await getActor(slug), query));
}
