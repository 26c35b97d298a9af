import { ForbiddenError } from "@/lib/errors";
import type { Role } from "@/lib/policy/actor";

export const TWO_FACTOR_SETUP_PATH = "/account/two-factor";

/**
 * A reviewer or admin of a workspace that requires two-factor sign-in, who has
 * not set it up. A ForbiddenError (403) for actions and the API; pages send
 * the person to the set-up page instead (app/_lib/page-actor.ts).
 */
export class TwoFactorRequiredError extends ForbiddenError {
  constructor() {
    super(
      `This workspace requires two-factor sign-in for reviewers and admins. Set it up on your account page (${TWO_FACTOR_SETUP_PATH}), then try again.`,
    );
  }
}

/** The roles a workspace's requirement applies to: the ones that approve verdicts and manage the workspace. */
export function roleNeedsTwoFactor(role: Role): boolean {
  return role === "REVIEWER" || role === "ADMIN";
}

/** SECURITY: called by getActor for every workspace request; throws TwoFactorRequiredError when the requirement is not met. */
export function assertTwoFactorRequirementMet(member: {
  role: Role;
  workspaceRequiresTwoFactor: boolean;
  totpEnabledAt: Date | null;
}): void {
  if (member.workspaceRequiresTwoFactor && roleNeedsTwoFactor(member.role) && !member.totpEnabledAt)
    throw new TwoFactorRequiredError();
}
