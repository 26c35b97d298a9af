import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";
import { sourceScope } from "./scope";
import { SOURCE_SELECT, type SourceDto } from "./source-dto";

/** Any member ("source.read"): one preserved source of the workspace with its stored copy; another workspace's is NotFound. */
export async function getSource(actor: Actor, snapshotId: string): Promise<SourceDto> {
  authorize(actor, "source.read");
  const source = await db.sourceSnapshot.findFirst({ where: sourceScope(actor, snapshotId), select: SOURCE_SELECT });
  if (!source) throw new NotFoundError("Source");
  return source;
}
