import type { Tx } from "@/lib/db/client";
import { recordAuditEvent, type AuditActor } from "@/lib/audit/record-audit-event";
import { DEFAULT_RATING_LEVELS } from "@/lib/workspaces/default-rating-scale";
import type { CreateWorkspaceInput } from "@/lib/workspaces/schemas";

/**
 * A new workspace with the default rating scale, inside the caller's
 * transaction: the one home of what a workspace starts with, for a signed-in
 * user (create-workspace.ts), the first admin and the admin command (which
 * make the user and the workspace in one transaction). Audited as
 * "workspace.created"; the caller adds the first admin's membership.
 */
export async function createWorkspaceRows(
  tx: Tx,
  actor: AuditActor,
  input: CreateWorkspaceInput,
): Promise<{ id: string; slug: string }> {
  const workspace = await tx.workspace.create({
    data: { name: input.name, slug: input.slug, organisationName: input.organisationName },
    select: { id: true, slug: true },
  });
  await tx.ratingScale.create({
    data: {
      workspaceId: workspace.id,
      name: "Default scale",
      levels: {
        create: DEFAULT_RATING_LEVELS.map((level, position) => ({ ...level, position, workspaceId: workspace.id })),
      },
    },
  });
  await recordAuditEvent(
    tx,
    { userId: actor.userId, workspaceId: workspace.id },
    { action: "workspace.created", entityType: "Workspace", entityId: workspace.id, after: input },
  );
  return workspace;
}
