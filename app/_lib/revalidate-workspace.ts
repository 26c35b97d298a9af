import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/http/action-result";

/**
 * For actions whose change shows on many of a workspace's pages (a claim, its
 * verdicts and appearances are on the claim page, the claims list, the review
 * queue, the reader, reports; a rating label on all of them): after a success
 * every page under /w/<slug> is redrawn, the current one in the action's own
 * answer, so the client has nothing to refresh. Returns the result unchanged.
 */
export function revalidateWorkspaceIfOk<T>(slug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/w/${slug}`, "layout");
  return result;
}
