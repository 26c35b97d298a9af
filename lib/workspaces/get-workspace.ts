import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";

export interface WorkspaceDto {
  id: string;
  slug: string;
  name: string;
  organisationName: string;
  counts: { articles: number; members: number; claims: number; awaitingReview: number; openConflicts: number };
}

/** Any member: the actor's workspace with a few counts for the home page. */
export async function getWorkspace(actor: Actor): Promise<WorkspaceDto> {
  authorize(actor, "workspace.read");
  const workspace = await db.workspace.findUnique({
    where: { id: actor.workspaceId },
    select: { id: true, slug: true, name: true, organisationName: true, _count: { select: { memberships: true } } },
  });
  if (!workspace) throw new NotFoundError("Workspace");
  const workspaceId = actor.workspaceId;
  const [articles, claims, awaitingReview, openConflicts] = await Promise.all([
    db.article.count({ where: { workspaceId, deletedAt: null } }),
    db.claim.count({ where: { workspaceId, deletedAt: null } }),
    db.verdict.count({ where: { workspaceId, status: "SUBMITTED", claim: { deletedAt: null } } }),
    db.conflict.count({ where: { workspaceId, status: "OPEN" } }),
  ]);
  return {
    id: workspace.id,
    slug: workspace.slug,
    name: workspace.name,
    organisationName: workspace.organisationName,
    counts: { articles, members: workspace._count.memberships, claims, awaitingReview, openConflicts },
  };
}
