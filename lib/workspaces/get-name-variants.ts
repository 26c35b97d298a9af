import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";

export interface NameVariantsDto {
  /** the workspace's own groups, "Kyiv|Kiev|Kiew", besides the built-in ones (lib/search/fold-names.ts) */
  groups: string[];
}

/** Any member: the spelling variants the workspace added to claim matching (policy workspace.read). */
export async function getNameVariants(actor: Actor): Promise<NameVariantsDto> {
  authorize(actor, "workspace.read");
  const workspace = await db.workspace.findUnique({ where: { id: actor.workspaceId }, select: { nameVariants: true } });
  if (!workspace) throw new NotFoundError("Workspace");
  return { groups: workspace.nameVariants };
}
