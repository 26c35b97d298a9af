import { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { runInTransaction } from "@/lib/db/ambient-transaction";
import { workspaceScopeSql } from "@/lib/db/scope-sql";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { PreconditionFailedError } from "@/lib/api/http/api-errors";
import { apiOrigin } from "@/lib/api/http/api-origin";
import { entityTagOf, ifMatchHolds, parseEntityTagCondition } from "@/lib/api/http/etag";
import type { Actor } from "@/lib/policy/actor";
import type { ApiResource, RouteContract } from "@/lib/api/route-contract";

/** Long enough for the slowest use case behind a conditional write (a new article version re-anchors every annotation). */
const CONDITIONAL_WRITE_TIMEOUT_MS = 30_000;

interface ResourceCall {
  actor: Actor;
  params: unknown;
  request: Request;
  url: URL;
  /** the success response's headers: the new ETag goes here */
  headers: Headers;
}

/** The id of the resource's row: its path parameter, or the token's workspace (settings). */
function rowIdOf(resource: ApiResource, call: Pick<ResourceCall, "actor" | "params">): string {
  if (resource.idParam === null) return call.actor.workspaceId;
  const id = (call.params as Record<string, unknown> | undefined)?.[resource.idParam];
  // the contract names a parameter its path does not have: our bug (lib/api-routes/api-routes.test.ts guards it)
  if (typeof id !== "string")
    throw new Error(`No path parameter ${resource.idParam} for the ${resource.name} resource`);
  return id;
}

/** The resource's representation as GET answers it (NotFoundError when the actor cannot see it). */
export function loadRepresentation(
  resource: ApiResource,
  call: Pick<ResourceCall, "actor" | "params" | "url">,
): Promise<unknown> {
  return resource.load(call.actor, rowIdOf(resource, call), call.url);
}

/** The entity tag of a representation as the resource's schema encodes it. */
export function entityTagOfRepresentation(resource: ApiResource, representation: unknown, url: URL): string {
  const encoded = z.safeEncode(resource.schema, representation);
  if (!encoded.success)
    throw new Error(`The ${resource.name} representation does not match its schema: ${encoded.error.message}`);
  return entityTagOf(encoded.data, apiOrigin(url));
}

/**
 * Runs a mutation of an existing resource (contract.resource) under the
 * request's If-Match, and sets the resource's new ETag on the response.
 *
 * Without If-Match, the mutation runs as it is (last write wins).
 * With it, THE GUARANTEE: lock, check and write happen in one transaction.
 * The resource's row is locked first (SELECT … FOR UPDATE, also waiting for a
 * writer that is half-way), then the current representation is loaded and
 * its ETag compared: a mismatch is 412 and nothing was written. The use case
 * then runs unchanged inside that same transaction (lib/db/ambient-transaction.ts
 * makes its `db` and its own `db.$transaction` join it), so every other
 * writer of the row, in the API or the app, waits until the write committed:
 * no change of the row can land between the check and the write. Inserting a
 * nested part (an appearance of the claim, a revision of the verdict) waits
 * too, since its foreign key check locks the row (FOR KEY SHARE). Any error
 * rolls back the check and the write together.
 */
export async function runConditionalMutation<T>(
  contract: RouteContract,
  call: ResourceCall,
  mutate: () => Promise<T>,
): Promise<T> {
  const resource = contract.resource!;
  const condition = parseEntityTagCondition(call.request.headers.get("if-match"), "If-Match");
  if (!condition) {
    const result = await mutate();
    await tagResponse(contract, call);
    return result;
  }
  return db.$transaction(
    (tx) =>
      runInTransaction(tx, async () => {
        await lockRow(tx, resource, call);
        const current = entityTagOfRepresentation(resource, await loadRepresentation(resource, call), call.url);
        if (!ifMatchHolds(condition, current)) throw new PreconditionFailedError(resource.name);
        const result = await mutate();
        await tagResponse(contract, call);
        return result;
      }),
    { timeout: CONDITIONAL_WRITE_TIMEOUT_MS },
  );
}

/** Locks the resource's row in the actor's workspace; an id of another workspace locks nothing (and then loads as not found). */
async function lockRow(tx: Tx, resource: ApiResource, call: ResourceCall): Promise<void> {
  const id = rowIdOf(resource, call);
  const table = Prisma.raw(`"${resource.table}"`);
  const workspace = resource.table === "Workspace" ? Prisma.empty : Prisma.sql`AND ${workspaceScopeSql(call.actor)}`;
  await tx.$queryRaw`SELECT 1 FROM ${table} WHERE "id" = ${id} ${workspace} FOR UPDATE`;
}

/**
 * The new ETag, of the resource read again as GET answers it (an answer that
 * looks like the representation may still differ from it in some detail,
 * and a tag the next GET does not repeat would make every If-Match fail);
 * none after a DELETE.
 */
async function tagResponse(contract: RouteContract, call: ResourceCall): Promise<void> {
  const resource = contract.resource!;
  if (contract.method === "DELETE") return;
  try {
    call.headers.set("ETag", entityTagOfRepresentation(resource, await loadRepresentation(resource, call), call.url));
  } catch (error) {
    if (error instanceof NotFoundError) return; // the mutation made it invisible to the actor (or someone deleted it since)
    throw error;
  }
}
