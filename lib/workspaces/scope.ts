import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: the actor's workspace's rating scale (one per workspace, so a unique where). */
export function ratingScaleScope(actor: Actor): Prisma.RatingScaleWhereUniqueInput {
  return { workspaceId: actor.workspaceId };
}

/** SECURITY: the levels of the actor's workspace's rating scale, archived ones too (callers that offer a choice add `archived: false`). */
export function ratingLevelScope(actor: Actor): Prisma.RatingLevelWhereInput {
  return { workspaceId: actor.workspaceId };
}
