import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize, can } from "@/lib/policy/policy";
import { verdictScope } from "@/lib/verdicts/scope";
import { verdictSelectIn, type VerdictDto } from "@/lib/verdict-dtos/verdict-dto";
import { toVerdictDtos } from "@/lib/verdict-dtos/to-verdict-dtos";
import type { Actor } from "@/lib/policy/actor";

/**
 * Any member: one verdict with its revisions and reviews. Viewers see approved
 * verdicts only; any other is "not found" for them, as in getClaim.
 */
export async function getVerdict(actor: Actor, verdictId: string): Promise<VerdictDto> {
  authorize(actor, "article.read");
  const row = await db.verdict.findFirst({
    where: {
      ...verdictScope(actor, verdictId),
      ...(can(actor, "verdict.readUnapproved") ? {} : { status: "APPROVED" }),
    },
    select: verdictSelectIn(actor.workspaceId),
  });
  if (!row) throw new NotFoundError("Verdict");
  const [dto] = await toVerdictDtos(actor.workspaceId, [row]);
  return dto!;
}
