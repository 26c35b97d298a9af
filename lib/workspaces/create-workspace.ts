import { db } from "@/lib/db/client";
import { mapUniqueViolation } from "@/lib/db/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DEFAULT_RATING_LEVELS } from "@/lib/workspaces/default-rating-scale";
import type { CreateWorkspaceInput } from "@/lib/workspaces/schemas";

/**
 * Any signed-in user may start a workspace (a newsroom or desk); they become
 * its first admin. It starts with the default rating scale.
 */
export async function createWorkspace(userId: string, input: CreateWorkspaceInput): Promise<{ id: string; slug: string }> {
  return mapUniqueViolation({ slug: "This address is taken." }, () =>
    db.$transaction(async (tx) => {
      const workspace = await tx.workspace.create({
        data: { name: input.name, slug: input.slug, organisationName: input.organisationName },
        select: { id: true, slug: true },
      });
      await tx.membership.create({ data: { workspaceId: workspace.id, userId, role: "ADMIN" } });
      await tx.ratingScale.create({
        data: {
          workspaceId: workspace.id,
          name: "Default scale",
          levels: {
            create: DEFAULT_RATING_LEVELS.map((level, position) => ({ ...level, position, workspaceId: workspace.id })),
          },
        },
      });
      await recordAuditEvent(tx, { userId, workspaceId: workspace.id }, {
        action: "workspace.created",
        entityType: "Workspace",
        entityId: workspace.id,
        after: input,
      });
      return workspace;
    }),
  );
}
