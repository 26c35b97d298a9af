import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { authOptions } from "@/lib/auth/options";
import type { Actor } from "@/lib/policy/actor";

/**
 * SECURITY: the only module that reads the session. Everything else receives
 * a user id or an Actor from here.
 */

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

/** The signed-in user, or null. The user row must still exist (a deleted user's token is worthless). */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
});

export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}

/**
 * The actor for a workspace addressed by its slug. A workspace the user is not
 * a member of is reported as not found, exactly like one that does not exist.
 */
export const getActor = cache(async (workspaceSlug: string): Promise<Actor> => {
  const user = await requireSessionUser();
  const membership = await db.membership.findFirst({
    where: { userId: user.id, workspace: { slug: workspaceSlug } },
    select: { workspaceId: true, role: true },
  });
  if (!membership) throw new NotFoundError("Workspace");
  return { userId: user.id, workspaceId: membership.workspaceId, role: membership.role };
});
