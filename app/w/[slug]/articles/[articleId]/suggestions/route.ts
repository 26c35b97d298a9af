import { getActor } from "@/lib/auth/session";
import { findArticleSuggestions } from "@/lib/articles/find-article-suggestions";
import { readerJson } from "../reader-json";

/** Editors and up: sentences of the article to check, loaded when the reader opens its suggestions. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; articleId: string }> },
): Promise<Response> {
  const { slug, articleId } = await params;
  return readerJson(async () => findArticleSuggestions(await getActor(slug), articleId));
}
