import { db } from "@/lib/db/client";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { annotationScope } from "@/lib/annotations/scope";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import type { Actor } from "@/lib/policy/actor";
import type { WebAnnotationInput } from "@/lib/api/annotations/create-web-annotation";

/**
 * The author: replaces an annotation's note, tags and kind from a Web
 * Annotation (PUT of the whole representation). Its target cannot change
 * (moving an annotation is re-anchoring, done in the app). It replaces the
 * current revision: the API's If-Match (lib/api/http/preconditions.ts) is what
 * keeps a client from overwriting a change it has not seen. Through
 * updateAnnotation: authorship, audit.
 */
export async function replaceWebAnnotation(
  actor: Actor,
  annotationId: string,
  input: WebAnnotationInput,
): Promise<{ revision: number }> {
  const current = await db.annotation.findFirst({
    where: annotationScope(actor, annotationId),
    select: { id: true, workspaceId: true, exact: true, revision: true, authorId: true },
  });
  if (!current) throw new NotFoundError("Annotation");
  authorize(actor, "annotation.update", current);
  if (input.selectors.exact !== current.exact) {
    throw new InvalidInputError("The target of an annotation cannot change: delete it and annotate the new passage.", {
      target: ["Must quote the same text as before."],
    });
  }
  return updateAnnotation(actor, {
    annotationId: current.id,
    revision: current.revision,
    body: input.body,
    tags: input.tags,
    kind: input.kind,
  });
}
