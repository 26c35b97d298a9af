"use server";

import { redirect } from "next/navigation";
import { requireSessionUser } from "@/lib/auth/session";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { CreateWorkspaceInputSchema } from "@/lib/workspaces/schemas";
import { runFormAction, type ActionResult } from "@/app/_lib/run-action";

export async function createWorkspaceAction(
  _previous: ActionResult<{ slug: string }> | null,
  form: FormData,
): Promise<ActionResult<{ slug: string }>> {
  const result = await runFormAction(form, async (fields) => {
    const user = await requireSessionUser();
    return createWorkspace(user.id, CreateWorkspaceInputSchema.parse(fields));
  });
  if (result.ok) redirect(`/w/${result.data.slug}`);
  return result;
}
