import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { authOptions } from "@/lib/auth/options";
import { findActiveSession } from "@/lib/auth/sessions/find-active-session";
import { assertTwoFactorRequirementMet } from "@/lib/auth/two-factor/two-factor-required";
import type { Actor } from "@/lib/policy/actor";

/**
 * SECURITY: the only module that reads the session. Everything else receives
 * a user id or an Actor from here.
 */

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  /** the UserSession row of this browser (the JWT's `sid`) */
  sessionId: string;
  /** a password someone else chose: only /account/password is open until it is changed */
  mustChangePassword: boolean;
  /** the IANA zone chosen for displayed times (null: not chosen), read in the same query (app/_lib/viewer-time-zone.ts) */
  timeZone: string | null;
  /** the interface language chosen (null: not chosen), read in the same query (lib/i18n, app/_lib/i18n-request.ts) */
  locale: string | null;
}

export const PASSWORD_CHANGE_PATH = "/account/password";

/** 403 for every action of a user who must first replace a temporary password. */
export class PasswordChangeRequiredError extends ForbiddenError {
  constructor() {
    super("Change your temporary password first (Account → Password); until then nothing else can be done.");
  }
}

/**
 * The signed-in user, or null. The JWT only proves who signed in; the session
 * row must still be active (not signed out, not revoked by "sign out
 * everywhere" or a password change, not expired) and the user must exist —
 * checked in the one query per request (React `cache`). A token without a
 * session id (issued before sessions were revocable) counts as signed out.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const sessionId = session?.sid;
  if (!session?.user?.id || !sessionId) return null;
  const active = await findActiveSession(sessionId);
  if (!active || active.userId !== session.user.id) return null;
  return {
    id: active.userId,
    email: active.email,
    name: active.name,
    sessionId,
    mustChangePassword: active.mustChangePassword,
    timeZone: active.timeZone,
    locale: active.locale,
  };
});

/**
 * The signed-in user for an action; 401 when signed out. A user with a
 * temporary password gets 403 unless the action is the password change itself
 * (or signing out sessions: `allowPendingPasswordChange`).
 */
export async function requireSessionUser(options: { allowPendingPasswordChange?: boolean } = {}): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  if (user.mustChangePassword && !options.allowPendingPasswordChange) throw new PasswordChangeRequiredError();
  return user;
}

/**
 * The actor for a workspace addressed by its slug. A workspace the user is not
 * a member of is reported as not found, exactly like one that does not exist.
 * A reviewer or admin without two-factor in a workspace that requires it gets
 * TwoFactorRequiredError (403; pages send them to the set-up page), read in
 * the same query as the membership.
 */
export const getActor = cache(async (workspaceSlug: string): Promise<Actor> => {
  // a server action's arguments are whatever was posted: an object here would be a Prisma filter ({ not: "" } matches any slug)
  if (typeof workspaceSlug !== "string") throw new NotFoundError("Workspace");
  const user = await requireSessionUser();
  const membership = await db.membership.findFirst({
    where: { userId: user.id, workspace: { slug: workspaceSlug } },
    select: {
      workspaceId: true,
      role: true,
      workspace: { select: { requireTwoFactor: true } },
      user: { select: { totpEnabledAt: true } },
    },
  });
  if (!membership) throw new NotFoundError("Workspace");
  assertTwoFactorRequirementMet({
    role: membership.role,
    workspaceRequiresTwoFactor: membership.workspace.requireTwoFactor,
    totpEnabledAt: membership.user.totpEnabledAt,
  });
  return { userId: user.id, workspaceId: membership.workspaceId, role: membership.role };
});
