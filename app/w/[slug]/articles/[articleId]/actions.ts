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
import { getReaderAnnotation, getReaderAnnotationOfReply } from "@/lib/reader/get-reader-annotation";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import { createClaim } from "@/lib/claims/create-claim";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";

// Called from the reader with plain objects; each parses its input once and
// calls the use case with the signed-in actor of the workspace in the URL. A
// save answers with the changed annotation as the reader shows it
// (getReaderAnnotation), which the reader merges: no page refresh, no version
// text sent again.

export async function createAnnotationAction(slug: string, input: unknown): Promise<ActionResult<AnnotationDto>> {
  const t = await getTranslations("articles.actions");
  return idempotentAction("createAnnotation", [slug, input], () =>
    runAction(async () => {
      const actor = await getActor(slug);
      const { id } = await createAnnotation(actor, CreateAnnotationInputSchema.parse(input));
      return getReaderAnnotation(actor, id);
    }, t("annotationSaved")),
  );
}

export async function updateAnnotationAction(slug: string, input: unknown): Promise<ActionResult<AnnotationDto>> {
  const t = await getTranslations("articles.actions");
  return runAction(async () => {
    const actor = await getActor(slug);
    const parsed = UpdateAnnotationInputSchema.parse(input);
    await updateAnnotation(actor, parsed);
    return getReaderAnnotation(actor, parsed.annotationId);
  }, t("annotationUpdated"));
}

export async function deleteAnnotationAction(
  slug: string,
  input: unknown,
): Promise<ActionResult<{ annotationId: string }>> {
  const t = await getTranslations("articles.actions");
  return runAction(async () => {
    const parsed = DeleteAnnotationInputSchema.parse(input);
    await deleteAnnotation(await getActor(slug), parsed);
    return { annotationId: parsed.annotationId };
  }, t("annotationDeleted"));
}

export async function reattachAnnotationAction(slug: string, input: unknown): Promise<ActionResult<AnnotationDto>> {
  const t = await getTranslations("articles.actions");
  return runAction(async () => {
    const actor = await getActor(slug);
    const parsed = ReattachAnnotationInputSchema.parse(input);
    await reattachAnnotation(actor, parsed);
    return getReaderAnnotation(actor, parsed.annotationId);
  }, t("annotationReattached"));
}

/** Answers with the reply's id and its annotation (one more reply). */
export async function createReplyAction(
  slug: string,
  input: unknown,
): Promise<ActionResult<{ id: string; annotation: AnnotationDto }>> {
  const t = await getTranslations("articles.actions");
  return idempotentAction("createReply", [slug, input], () =>
    runAction(async () => {
      const actor = await getActor(slug);
      const parsed = CreateReplyInputSchema.parse(input);
      const { id } = await createReply(actor, parsed);
      return { id, annotation: await getReaderAnnotation(actor, parsed.annotationId) };
    }, t("replyPosted")),
  );
}

/** Answers with the reply's annotation (one reply fewer). */
export async function deleteReplyAction(
  slug: string,
  input: unknown,
): Promise<ActionResult<{ annotation: AnnotationDto }>> {
  const t = await getTranslations("articles.actions");
  return runAction(async () => {
    const actor = await getActor(slug);
    const { replyId } = DeleteReplyInputSchema.parse(input);
    await deleteReply(actor, { replyId });
    return { annotation: await getReaderAnnotationOfReply(actor, replyId) };
  }, t("replyDeleted"));
}

/**
 * A claim from an annotated passage, in the reader: answers with the claim's id
 * and the annotation (now an appearance of it), as createClaimAction does on
 * the claim pages without the annotation.
 */
export async function createClaimFromPassageAction(
  slug: string,
  input: unknown,
): Promise<ActionResult<{ id: string; annotation: AnnotationDto }>> {
  const t = await getTranslations("claims.actions");
  return idempotentAction("createClaimFromPassage", [slug, input], () =>
    runAction(async () => {
      const actor = await getActor(slug);
      const parsed = CreateClaimInputSchema.parse(input);
      const { id } = await createClaim(actor, parsed);
      return { id, annotation: await getReaderAnnotation(actor, parsed.annotationId) };
    }, t("claimCreated")),
  );
}
