import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { countMembersWithoutTwoFactor } from "@/lib/workspaces/get-two-factor-requirement";
import type {
  TwoFactorRequirementDto,
  UpdateTwoFactorRequirementInput,
} from "@/lib/workspaces/two-factor-requirement-schemas";
import type { Actor } from "@/lib/policy/actor";

export const ENROL_FIRST_MESSAGE =
  "Set up two-factor sign-in for your own account first (Account → Two-factor sign-in): once this is on, admins without it cannot open the workspace, you included.";

/**
 * Admins only (policy workspace.settings): turns the workspace's requirement
 * of two-factor sign-in for reviewers and admins on or off. Turning it on is
 * refused (409, nothing written) while the acting admin has not set up
 * two-factor, so an admin cannot lock themselves out. Reviewers and admins
 * without two-factor are refused by getActor from their next request.
 * Audited (workspace.two_factor_requirement_changed) when it changes.
 */
export async function updateTwoFactorRequirement(
  actor: Actor,
  input: UpdateTwoFactorRequirementInput,
): Promise<TwoFactorRequirementDto> {
  authorize(actor, "workspace.settings");
  if (input.required) {
    const self = await db.user.findUnique({ where: { id: actor.userId }, select: { totpEnabledAt: true } });
    if (!self?.totpEnabledAt) throw new ConflictError(ENROL_FIRST_MESSAGE);
  }
  await db.$transaction(async (tx) => {
    const workspace = await tx.workspace.findUnique({
      where: { id: actor.workspaceId },
      select: { requireTwoFactor: true },
    });
    if (!workspace) throw new NotFoundError("Workspace");
    if (workspace.requireTwoFactor === input.required) return;
    const { count } = await tx.workspace.updateMany({
      where: { id: actor.workspaceId },
      data: { requireTwoFactor: input.required },
    });
    if (count === 0) throw new NotFoundError("Workspace");
    await recordAuditEvent(tx, actor, {
      action: "workspace.two_factor_requirement_changed",
      entityType: "Workspace",
      entityId: actor.workspaceId,
      before: { required: workspace.requireTwoFactor },
      after: { required: input.required },
    });
  });
  return { required: input.required, membersWithoutTwoFactor: await countMembersWithoutTwoFactor(actor.workspaceId) };
}
