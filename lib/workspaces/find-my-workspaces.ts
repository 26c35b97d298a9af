import { db } from "@/lib/db/client";
import type { Role } from "@/lib/policy/actor";

export interface MyWorkspaceDto {
  slug: string;
  name: string;
  role: Role;
}

/** The workspaces a user belongs to, with their role in each. Only ever the caller's own. */
export async function findMyWorkspaces(userId: string): Promise<MyWorkspaceDto[]> {
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { role: true, workspace: { select: { slug: true, name: true } } },
    orderBy: { workspace: { name: "asc" } },
  });
  return memberships.map((m) => ({ slug: m.workspace.slug, name: m.workspace.name, role: m.role }));
}
