import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";
import type { TwoFactorRequirementDto } from "@/lib/workspaces/two-factor-requirement-schemas";

/** Admins only (policy workspace.settings): whether the workspace requires two-factor sign-in, and how many reviewers and admins lack it. */
export async function getTwoFactorRequirement(actor: Actor): Promise<TwoFactorRequirementDto> {
  authorize(actor, "workspace.settings");
  const [workspace, membersWithoutTwoFactor] = await Promise.all([
    db.workspace.findUnique({ where: { id: actor.workspaceId }, select: { requireTwoFactor: true } }),
    countMembersWithoutTwoFactor(actor.workspaceId),
  ]);
  if (!workspace) throw new NotFoundError("Workspace");
  return { required: workspace.requireTwoFactor, membersWithoutTwoFactor };
}

export function countMembersWithoutTwoFactor(workspaceId: string): Promise<number> {
  return db.membership.count({
    where: { workspaceId, role: { in: ["REVIEWER", "ADMIN"] }, user: { totpEnabledAt: null } },
  });
}
