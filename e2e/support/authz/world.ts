/**
 * The matrix's world: the owning workspace with a signed-in member of every
 * role, another workspace with its signed-in admin (the outsider), and an API
 * token per role. Signed in once for the whole matrix; the resources each
 * cell acts on are made fresh per cell (fixtures.ts), because an allowed
 * write may use them up (a deleted article, an approved verdict).
 */
import { createUser, createWorkspaceWithMembers, uniqueSuffix, type TestUser, type TestWorkspace } from "../test-data";
import { createApiToken } from "../../../lib/api-tokens/create-api-token";
import type { Actor, Role } from "../../../lib/policy/actor";
import { signIn, type Credentials } from "./http";
import type { Persona } from "./expectations";

export const PASSWORD = "authorization matrix password";

const ROLE_OF: Record<Exclude<Persona, "anonymous" | "outsider">, Role> = {
  viewer: "VIEWER",
  editor: "EDITOR",
  reviewer: "REVIEWER",
  admin: "ADMIN",
};

export interface World {
  baseURL: string;
  owner: {
    id: string;
    slug: string;
    /** the signed-in members, by role; fixtures are written by them */
    actors: Record<Role, Actor>;
    users: Record<Role, TestUser>;
    /** the shape test/support/report-world.ts takes */
    testWorkspace: TestWorkspace;
  };
  other: { id: string; slug: string; admin: Actor };
  /** session cookies (anonymous: none) */
  sessions: Record<Persona, Credentials>;
  /** API tokens, made by the owner's admin (outsider: by the other workspace's admin; anonymous: none) */
  tokens: Record<Persona, Credentials>;
}

async function member(workspaceId: string, role: Role): Promise<{ user: TestUser; actor: Actor }> {
  const user = await createUser({ workspaceId, role, password: PASSWORD, name: `Matrix ${role.toLowerCase()}` });
  return { user, actor: { userId: user.id, workspaceId, role } };
}

async function token(actor: Actor, role: Role): Promise<Credentials> {
  const created = await createApiToken(actor, { name: `matrix ${role.toLowerCase()} ${uniqueSuffix()}`, role });
  return { token: created.secret };
}

export async function createWorld(baseURL: string): Promise<World> {
  const owner = await createWorkspaceWithMembers({ name: "Matrix owner desk" });
  const other = await createWorkspaceWithMembers({ name: "Matrix other desk" });
  const roles = Object.values(ROLE_OF);
  const members = Object.fromEntries(
    await Promise.all(roles.map(async (role) => [role, await member(owner.workspace.id, role)] as const)),
  ) as Record<Role, { user: TestUser; actor: Actor }>;
  const outsider = await member(other.workspace.id, "ADMIN");

  const actors = Object.fromEntries(roles.map((role) => [role, members[role].actor])) as Record<Role, Actor>;
  const users = Object.fromEntries(roles.map((role) => [role, members[role].user])) as Record<Role, TestUser>;
  const sessions = {
    anonymous: {},
    outsider: { cookie: await signIn(baseURL, outsider.user.email, PASSWORD) },
  } as Record<Persona, Credentials>;
  const tokens = { anonymous: {}, outsider: await token(outsider.actor, "ADMIN") } as Record<Persona, Credentials>;
  for (const [persona, role] of Object.entries(ROLE_OF) as [Persona, Role][]) {
    sessions[persona] = { cookie: await signIn(baseURL, users[role].email, PASSWORD) };
    tokens[persona] = await token(actors.ADMIN, role);
  }
  return {
    baseURL,
    owner: {
      id: owner.workspace.id,
      slug: owner.workspace.slug,
      actors,
      users,
      testWorkspace: { ...owner, users, actors },
    },
    other: { id: other.workspace.id, slug: other.workspace.slug, admin: outsider.actor },
    sessions,
    tokens,
  };
}
