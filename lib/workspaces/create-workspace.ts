import { db } from "@/lib/db/client";
import { mapUniqueViolation } from "@/lib/db/errors";
import { createWorkspaceRows } from "@/lib/workspaces/insert-workspace";
import type { CreateWorkspaceInput } from "@/lib/workspaces/schemas";

/**
 * Any signed-in user may start a workspace (a newsroom or desk); they become
 * its first admin. It starts with the default rating scale.
 */
export async function createWorkspace(
  userId: string,
  input: CreateWorkspaceInput,
): Promise<{ id: string; slug: string }> {
  return mapUniqueViolation({ slug: "This address is taken." }, () =>
    db.$transaction(async (tx) => {
      const workspace = await createWorkspaceRows(tx, { userId, workspaceId: null }, input);
      await tx.membership.create({ data: { workspaceId: workspace.id, userId, role: "ADMIN" } });
      return workspace;
    }),
  );
}
