import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** A table alias as written in the query (`a`, `c`, `vd`): raw SQL, so only a plain identifier is accepted. */
const ALIAS = /^[A-Za-z_][A-Za-z0-9_]*$/;

function column(alias: string | undefined, name: string): Prisma.Sql {
  if (alias === undefined) return Prisma.raw(`"${name}"`);
  if (!ALIAS.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return Prisma.raw(`${alias}."${name}"`);
}

/**
 * SECURITY: the raw-SQL twin of the folders' scope.ts helpers: `alias."workspaceId" = $1`
 * with the actor's workspace as a bound parameter. Every raw query on a workspace's rows
 * goes through it (or {@link liveWorkspaceScopeSql}) instead of spelling the condition.
 */
export function workspaceScopeSql(actor: Actor, alias?: string): Prisma.Sql {
  return Prisma.sql`${column(alias, "workspaceId")} = ${actor.workspaceId}`;
}

/** SECURITY: {@link workspaceScopeSql} and live rows only: `alias."workspaceId" = $1 AND alias."deletedAt" IS NULL`. */
export function liveWorkspaceScopeSql(actor: Actor, alias?: string): Prisma.Sql {
  return Prisma.sql`${workspaceScopeSql(actor, alias)} AND ${column(alias, "deletedAt")} IS NULL`;
}
