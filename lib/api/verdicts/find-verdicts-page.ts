import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize, can } from "@/lib/policy/policy";
import { claimScope } from "@/lib/claims/scope";
import { verdictScope } from "@/lib/verdicts/scope";
import { verdictSelectIn, type VerdictDto } from "@/lib/verdict-dtos/verdict-dto";
import { toVerdictDtos } from "@/lib/verdict-dtos/to-verdict-dtos";
import { pageArgs, toPage, type Page, type PageQuery } from "@/lib/paging/newest-first";
import type { Actor } from "@/lib/policy/actor";

/** Any member: one page of a claim's verdicts, newest first; viewers see approved ones only. */
export async function findVerdictsPage(actor: Actor, claimId: string, query: PageQuery): Promise<Page<VerdictDto>> {
  authorize(actor, "article.read");
  const claim = await db.claim.findFirst({ where: claimScope(actor, claimId), select: { id: true } });
  if (!claim) throw new NotFoundError("Claim");
  const { where, ...paging } = pageArgs(query);
  const rows = await db.verdict.findMany({
    where: {
      ...verdictScope(actor),
      claimId: claim.id,
      ...(can(actor, "verdict.readUnapproved") ? {} : { status: "APPROVED" }),
      ...where,
    },
    ...paging,
    select: { ...verdictSelectIn(actor.workspaceId), createdAt: true },
  });
  const page = toPage(rows, query, (row) => row);
  return {
    items: await toVerdictDtos(actor.workspaceId, page.items),
    nextCursor: page.nextCursor,
    previousCursor: page.previousCursor,
  };
}
