"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/app/_lib/run-action";
import { requestSourceCheck } from "@/lib/sources/request-source-check";

/** Admins: "Check now" — enqueues a check of the workspace's preserved sources. */
export async function checkSourcesAction(
  slug: string,
  _previous: ActionResult<{ queued: boolean }> | null,
): Promise<ActionResult<{ queued: boolean }>> {
  const result = await runAction(async () => requestSourceCheck(await getActor(slug)));
  if (result.ok) revalidatePath(`/w/${slug}/sources`);
  return result;
}
