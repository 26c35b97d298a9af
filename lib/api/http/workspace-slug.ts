import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/policy/actor";

/** The slug of the actor's workspace, for links into the app (the API itself addresses nothing by slug). */
export async function workspaceSlug(actor: Actor): Promise<string> {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { slug: true } });
  return workspace.slug;
}
