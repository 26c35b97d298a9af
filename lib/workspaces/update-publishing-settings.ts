import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/policy/actor";
import type {
  PublishingSettingsDto,
  UpdatePublishingSettingsInput,
} from "@/lib/workspaces/publishing-settings-schemas";

/**
 * Admins only (policy workspace.settings): the methodology page every public
 * fact-check links, and whether those pages name the author and reviewer.
 * Both take effect on the public pages at once (within their cache time).
 * Audited (workspace.publishing_settings_changed) when something changes.
 */
export async function updatePublishingSettings(
  actor: Actor,
  input: UpdatePublishingSettingsInput,
): Promise<PublishingSettingsDto> {
  authorize(actor, "workspace.settings");
  const after: PublishingSettingsDto = {
    methodologyUrl: input.methodologyUrl,
    showCheckerNames: input.showCheckerNames,
  };
  await db.$transaction(async (tx) => {
    const before = await tx.workspace.findUnique({
      where: { id: actor.workspaceId },
      select: { methodologyUrl: true, showCheckerNames: true },
    });
    if (!before) throw new NotFoundError("Workspace");
    if (before.methodologyUrl === after.methodologyUrl && before.showCheckerNames === after.showCheckerNames) return;
    await tx.workspace.update({ where: { id: actor.workspaceId }, data: after });
    await recordAuditEvent(tx, actor, {
      action: "workspace.publishing_settings_changed",
      entityType: "Workspace",
      entityId: actor.workspaceId,
      before,
      after,
    });
  });
  return after;
}
