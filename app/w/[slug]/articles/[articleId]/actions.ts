"use server";

import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { idempotentAction, runAction, type ActionResult } from "@/app/_lib/run-action";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { reattachAnnotation } from "@/lib/annotations/reattach-annotation";
import { createReply } from "@/lib/annotations/create-reply";
import { deleteReply } from "@/lib/annotations/delete-reply";
import {
  CreateAnnotationInputSchema,
  CreateReplyInputSchema,
  DeleteAnnotationInputSchema,
  DeleteReplyInputSchema,
  ReattachAnnotationInputSchema,
  UpdateAnnotationInputSchema,
} from "@/lib/annotations/schemas";
import { findArticleSuggestions, type ArticleSuggestionDto } from "@/lib/articles/find-article-suggestions";
import { getAnnotationDetail, type AnnotationDetailDto } from "@/lib/annotations/get-annotation-detail";

// Called from the reader with plain objects; each parses its input once and
// calls the use case with the signed-in actor of the workspace in the URL.

export async function createAnnotationAction(slug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const t = await getTranslations("articles.actions");
  return idempotentAction("createAnnotation", [slug, input], () =>
    runAction(
      async () => createAnnotation(await getActor(slug), CreateAnnotationInputSchema.parse(input)),
      t("annotationSaved"),
    ),
  );
}

export async function updateAnnotationAction(
  slug: string,
  input: unknown,
): Promise<ActionResult<{ revision: number }>> {
  const t = await getTranslations("articles.actions");
  return runAction(
    async () => updateAnnotation(await getActor(slug), UpdateAnnotationInputSchema.parse(input)),
    t("annotationUpdated"),
  );
}

export async function deleteAnnotationAction(slug: string, input: unknown): Promise<ActionResult> {
  const t = await getTranslations("articles.actions");
  return runAction(
    async () => deleteAnnotation(await getActor(slug), DeleteAnnotationInputSchema.parse(input)),
    t("annotationDeleted"),
  );
}

export async function reattachAnnotationAction(slug: string, input: unknown): Promise<ActionResult> {
  const t = await getTranslations("articles.actions");
  return runAction(
    async () => reattachAnnotation(await getActor(slug), ReattachAnnotationInputSchema.parse(input)),
    t("annotationReattached"),
  );
}

export async function createReplyAction(slug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const t = await getTranslations("articles.actions");
  return idempotentAction("createReply", [slug, input], () =>
    runAction(async () => createReply(await getActor(slug), CreateReplyInputSchema.parse(input)), t("replyPosted")),
  );
}

export async function deleteReplyAction(slug: string, input: unknown): Promise<ActionResult> {
  const t = await getTranslations("articles.actions");
  return runAction(
    async () => deleteReply(await getActor(slug), DeleteReplyInputSchema.parse(input)),
    t("replyDeleted"),
  );
}

export async function findArticleSuggestionsAction(
  slug: string,
  articleId: string,
): Promise<ActionResult<ArticleSuggestionDto[]>> {
  return runAction(async () => findArticleSuggestions(await getActor(slug), String(articleId)));
}

export async function getAnnotationDetailAction(
  slug: string,
  annotationId: string,
): Promise<ActionResult<AnnotationDetailDto>> {
  return runAction(async () => getAnnotationDetail(await getActor(slug), String(annotationId)));
}
