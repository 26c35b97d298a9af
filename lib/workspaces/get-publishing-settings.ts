import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";
import type { PublishingSettingsDto } from "@/lib/workspaces/publishing-settings-schemas";

/** Admins (workspace.settings): what the public fact-check pages link and name. */
export async function getPublishingSettings(actor: Actor): Promise<PublishingSettingsDto> {
  authorize(actor, "workspace.settings");
  const workspace = await db.workspace.findUnique({
    where: { id: actor.workspaceId },
    select: { methodologyUrl: true, showCheckerNames: true },
  });
  if (!workspace) throw new NotFoundError("Workspace");
  return workspace;
}
