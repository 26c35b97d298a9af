import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { verdictScope } from "@/lib/verdicts/scope";
import { VERDICT_SELECT, type VerdictDto } from "@/lib/verdict-dtos/verdict-dto";
import { toVerdictDtos } from "@/lib/verdict-dtos/to-verdict-dtos";
import type { Actor } from "@/lib/policy/actor";

export interface MyVerdictDto {
  verdict: VerdictDto;
  claim: { id: string; statement: string };
}

/** Editors and up: the actor's own verdicts that reviewers have acted on, with what they decided and why. */
export async function findMyReviewedVerdicts(actor: Actor): Promise<MyVerdictDto[]> {
  authorize(actor, "verdict.draft");
  const rows = await db.verdict.findMany({
    where: { ...verdictScope(actor), authorId: actor.userId, reviews: { some: {} } },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: { ...VERDICT_SELECT, claim: { select: { id: true, statement: true } } },
  });
  const dtos = await toVerdictDtos(actor.workspaceId, rows);
  return rows.map((row, i) => ({ verdict: dtos[i]!, claim: row.claim }));
}
