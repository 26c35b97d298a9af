"use server";

import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { authorize } from "@/lib/policy/policy";
import { runFormAction, type ActionResult } from "@/lib/http/action-result";
import { extractArticle } from "@/lib/articles/import/import-source";
import { createArticle } from "@/lib/articles/create-article";
import { importArticleVersion, type ImportVersionResult } from "@/lib/articles/import-article-version";
import { updateArticleMetadata } from "@/lib/articles/update-article-metadata";
import { deleteArticle } from "@/lib/articles/delete-article";
import { ArticleMetadataSchema } from "@/lib/articles/schemas";
import { sourceFromForm } from "./import-source";

export async function createArticleAction(slug: string, _previous: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runFormAction(form, async (fields) => {
    const actor = await getActor(slug);
    authorize(actor, "article.create"); // before fetching anything on a viewer's behalf
    const extracted = await extractArticle(await sourceFromForm(form));
    const suggested = extracted.suggested;
    const metadata = ArticleMetadataSchema.parse({
      title: fields.title || suggested.title || "",
      outlet: fields.outlet || suggested.outlet || "",
      author: fields.author || suggested.author || "",
      url: fields.url_meta || suggested.url || "",
      publishedAt: fields.publishedAt || suggested.publishedAt || "",
      language: fields.language || suggested.language || "",
    });
    return createArticle(actor, { text: extracted.text, metadata });
  });
  if (result.ok) redirect(`/w/${slug}/articles/${result.data.id}`);
  return result;
}

export async function importVersionAction(slug: string, articleId: string, _previous: ActionResult<ImportVersionResult> | null, form: FormData): Promise<ActionResult<ImportVersionResult>> {
  return runFormAction(form, async () => {
    const actor = await getActor(slug);
    authorize(actor, "article.update");
    const extracted = await extractArticle(await sourceFromForm(form));
    return importArticleVersion(actor, articleId, extracted.text);
  });
}

export async function updateArticleAction(slug: string, articleId: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runFormAction(form, async (fields) => updateArticleMetadata(await getActor(slug), articleId, ArticleMetadataSchema.parse({ ...fields, url: fields.url_meta ?? "" })));
  if (result.ok) redirect(`/w/${slug}/articles/${articleId}`);
  return result;
}

export async function deleteArticleAction(slug: string, articleId: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runFormAction(form, async () => deleteArticle(await getActor(slug), articleId));
  if (result.ok) redirect(`/w/${slug}/articles`);
  return result;
}
