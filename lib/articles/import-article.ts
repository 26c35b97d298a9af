import { authorize } from "@/lib/policy/policy";
import { extractArticle, type ArticleSource } from "@/lib/text-import/import-source";
import { createArticle } from "@/lib/articles/create-article";
import { importArticleVersion, type ImportVersionResult } from "@/lib/articles/import-article-version";
import { ArticleMetadataSchema } from "@/lib/articles/schemas";
import type { Actor } from "@/lib/policy/actor";
import { preservingCitedUrl } from "@/lib/sources/request-preservation";

/** Metadata as typed in the import form; empty fields are filled from what the source suggests. */
export type MetadataFields = Partial<
  Record<"title" | "outlet" | "author" | "url" | "publishedAt" | "language", string>
>;

/**
 * Editors and up: imports an article from pasted text, an uploaded file or a
 * URL. The role is checked before anything is fetched on the actor's behalf;
 * any refusal (empty, binary, oversize, unsupported, unreachable) happens
 * before anything is stored.
 */
export async function importArticle(
  actor: Actor,
  source: ArticleSource,
  fields: MetadataFields,
): Promise<{ id: string }> {
  authorize(actor, "article.create");
  const { text, suggested } = await extractArticle(source);
  const pick = (key: keyof MetadataFields) => fields[key] || suggested[key] || "";
  const metadata = ArticleMetadataSchema.parse({
    title: pick("title"),
    outlet: pick("outlet"),
    author: pick("author"),
    url: pick("url") || (source.kind === "url" ? source.url : ""),
    publishedAt: (pick("publishedAt") || "").slice(0, 10),
    language: pick("language"),
  });
  // the page it came from is preserved like a cited source (lib/sources), in the article's transaction
  if (source.kind === "url")
    return preservingCitedUrl(actor.workspaceId, source.url.trim(), () => createArticle(actor, { text, metadata }));
  return createArticle(actor, { text, metadata });
}

/** Editors and up: a new version of an article from any import source (same refusals, nothing stored on failure). */
export async function importArticleVersionFrom(
  actor: Actor,
  articleId: string,
  source: ArticleSource,
): Promise<ImportVersionResult> {
  authorize(actor, "article.update");
  const { text } = await extractArticle(source);
  return importArticleVersion(actor, articleId, text);
}
