"use client";

import { useCallback, useTransition, type Dispatch } from "react";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import type { ActionResult } from "@/lib/http/action-result";
import type { ReaderEvent } from "@/lib/reader/reader-state";
import { settle } from "@/app/_components/settle-action";
import { rememberOwnChange, startOwnSave } from "@/lib/live/own-changes";

/**
 * What a save changed, for the reader's state: the annotation as the server
 * now has it (`done`: the note was made or the move made, the text mode ends),
 * or the id of the one removed. `entity` is the row the save wrote, whose echo
 * on the live stream this tab then does not refetch.
 */
export type ReaderChange = { entity: [type: string, id: string] } & (
  { annotation: AnnotationDto; done?: boolean } | { removedId: string }
);

/**
 * The reader's one mutation idiom: a server action called imperatively, its
 * ActionResult carrying the changed data, merged into the reader's state (no
 * page refresh, no version text sent again). A failure is shown by the reader
 * (`failed`) unless the caller shows it itself (`showError: false`: forms that
 * place field errors); the result is handed back either way.
 */
export function useReaderMutation(dispatch: Dispatch<ReaderEvent>) {
  const [pending, startTransition] = useTransition();
  const mutate = useCallback(
    <T>(
      run: () => Promise<ActionResult<T>>,
      changeOf: (data: T) => ReaderChange,
      { showError = true }: { showError?: boolean } = {},
    ) =>
      new Promise<ActionResult<T>>((resolve) =>
        startTransition(async () => {
          const settled = startOwnSave();
          try {
            const result = await settle(run());
            if (!result.ok) {
              if (showError) dispatch({ type: "failed", error: result.error });
              return resolve(result);
            }
            const change = changeOf(result.data);
            rememberOwnChange(...change.entity);
            dispatch(
              "removedId" in change
                ? { type: "removed", annotationId: change.removedId }
                : { type: "saved", annotation: change.annotation, done: change.done },
            );
            resolve(result);
          } finally {
            settled();
          }
        }),
      ),
    [dispatch],
  );
  return { pending, mutate };
}
