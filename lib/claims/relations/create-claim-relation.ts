import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";
import type { Actor } from "@/lib/policy/actor";
import { insertClaimRelation } from "./insert-claim-relation";
import type { CreateClaimRelationInput } from "./schemas";

/** Editors and up: "this claim misquotes / contradicts / updates / is a translation of that one". Audited; detection re-runs (an update supersedes a figure instead of conflicting with it). */
export async function createClaimRelation(actor: Actor, input: CreateClaimRelationInput): Promise<{ id: string }> {
  authorize(actor, "claim.update");
  const { fromClaimId, ...fields } = input;
  const relation = await db.$transaction((tx) => insertClaimRelation(tx, actor, fromClaimId, fields));
  await requestConflictDetection(actor, [fromClaimId, fields.toClaimId]);
  return relation;
}
