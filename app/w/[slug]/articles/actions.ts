"use server";

import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { idempotentAction, runFormAction, type ActionResult } from "@/app/_lib/run-action";
import { importArticle, importArticleVersionFrom } from "@/lib/articles/import-article";
import type { ImportVersionResult } from "@/lib/articles/import-article-version";
import { updateArticleMetadata } from "@/lib/articles/update-article-metadata";
import { deleteArticle } from "@/lib/articles/delete-article";
import { ArticleMetadataSchema } from "@/lib/articles/schemas";
import { CorrectionNoteSchema } from "@/lib/corrections/schemas";
import { sourceFromForm } from "./import-source";

export async function createArticleAction(
  slug: string,
  _previous: ActionResult<{ id: string }> | null,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  const result = await idempotentAction("createArticle", [slug, form], () =>
    runFormAction(form, async (fields) =>
      importArticle(await getActor(slug), await sourceFromForm(form), { ...fields, url: fields.url_meta ?? "" }),
    ),
  );
  if (result.ok) redirect(`/w/${slug}/articles/${result.data.id}`);
  return result;
}

export async function importVersionAction(
  slug: string,
  articleId: string,
  _previous: ActionResult<ImportVersionResult> | null,
  form: FormData,
): Promise<ActionResult<ImportVersionResult>> {
  return runFormAction(form, async () =>
    importArticleVersionFrom(await getActor(slug), articleId, await sourceFromForm(form)),
  );
}

export async function updateArticleAction(
  slug: string,
  articleId: string,
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const result = await runFormAction(form, async (fields) =>
    updateArticleMetadata(
      await getActor(slug),
      articleId,
      ArticleMetadataSchema.parse({ ...fields, url: fields.url_meta ?? "" }),
    ),
  );
  if (result.ok) redirect(`/w/${slug}/articles/${articleId}`);
  return result;
}

export async function deleteArticleAction(
  slug: string,
  articleId: string,
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const result = await runFormAction(form, async (fields) =>
    deleteArticle(await getActor(slug), articleId, CorrectionNoteSchema.parse(fields.correctionNote)),
  );
  if (result.ok) redirect(`/w/${slug}/articles`);
  return result;
}
