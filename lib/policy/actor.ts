import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

/** Who acts, in which workspace, with which role there. Every domain function takes one. */
export interface Actor {
  userId: string;
  workspaceId: string;
  role: Role;
}

/** Roles in increasing power; each role can do what the ones before it can. */
export const ROLES: readonly Role[] = ["VIEWER", "EDITOR", "REVIEWER", "ADMIN"];

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}
