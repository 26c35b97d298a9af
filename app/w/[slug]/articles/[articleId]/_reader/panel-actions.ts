import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import type { ActionResult } from "@/lib/http/action-result";
import { focusWhenPresent } from "@/app/_components/focus-when-present";
import * as actions from "../actions";
import type { PanelActions } from "./annotation-panel";
import type { useReaderMutation } from "./use-reader-mutation";

type Mutate = ReturnType<typeof useReaderMutation>["mutate"];

/** A save whose error the reader shows: whether it succeeded. */
const succeeded = (pending: Promise<ActionResult<unknown>>) => pending.then((result) => result.ok);

/**
 * What the open annotation's panel may do, each save through the reader's one
 * mutation idiom (useReaderMutation): the action's answer is merged into the reader.
 */
export function panelActions(
  slug: string,
  opened: AnnotationDto,
  mutate: Mutate,
  startReattach: () => void,
): PanelActions {
  const annotationId = opened.id;
  return {
    update: (input) =>
      succeeded(
        mutate(
          () => actions.updateAnnotationAction(slug, { annotationId, revision: opened.revision, ...input }),
          (annotation) => ({ annotation, entity: ["Annotation", annotation.id] }),
        ),
      ),
    remove: (correctionNote) =>
      mutate(
        () =>
          actions.deleteAnnotationAction(slug, {
            annotationId,
            ...(correctionNote !== undefined ? { correctionNote } : {}),
          }),
        (removed) => {
          focusWhenPresent("annotations-heading");
          return { removedId: removed.annotationId, entity: ["Annotation", removed.annotationId] };
        },
        { showError: false }, // DeleteAnnotation shows it, and asks for a correction note when needed
      ),
    reply: (body, idempotencyKey) =>
      succeeded(
        mutate(
          () => actions.createReplyAction(slug, { annotationId, body, idempotencyKey }),
          ({ id, annotation }) => ({ annotation, entity: ["Reply", id] }),
        ),
      ),
    removeReply: (replyId) =>
      succeeded(
        mutate(
          () => actions.deleteReplyAction(slug, { replyId }),
          ({ annotation }) => ({ annotation, entity: ["Reply", replyId] }),
        ),
      ),
    createClaim: (fields) =>
      mutate(
        () => actions.createClaimFromPassageAction(slug, { ...fields, annotationId }),
        ({ id, annotation }) => ({ annotation, entity: ["Claim", id] }),
        { showError: false }, // the form places field errors beside its fields
      ),
    startReattach,
  };
}
