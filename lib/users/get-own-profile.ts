import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { Actor, Role } from "@/lib/policy/actor";

export interface OwnProfileDto {
  id: string;
  name: string | null;
  email: string;
  /** the role the actor acts with here (through an API token: the lower of the token's and the member's) */
  role: Role;
  workspace: { id: string; slug: string; name: string };
  /** null: not chosen (the browser's language is used) */
  language: Locale | null;
  /** null: not chosen (the browser's zone, else UTC) */
  timeZone: string | null;
}

/**
 * Who the actor is, in the workspace they act in, with their personal
 * preferences (GET /api/v1/me). Always the actor's own account: there is no
 * id to name another, so nothing else is readable through it.
 */
export async function getOwnProfile(actor: Actor): Promise<OwnProfileDto> {
  const [user, workspace] = await Promise.all([
    db.user.findUnique({
      where: { id: actor.userId },
      select: { id: true, name: true, email: true, locale: true, timeZone: true },
    }),
    db.workspace.findUnique({ where: { id: actor.workspaceId }, select: { id: true, slug: true, name: true } }),
  ]);
  if (!user || !workspace) throw new NotFoundError("Account");
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: actor.role,
    workspace,
    language: isLocale(user.locale) ? user.locale : null,
    timeZone: user.timeZone,
  };
}
