import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize, can } from "@/lib/policy/policy";
import { claimScope } from "@/lib/claims/scope";
import { verdictSelectIn, type VerdictDto } from "@/lib/verdict-dtos/verdict-dto";
import { toVerdictDtos } from "@/lib/verdict-dtos/to-verdict-dtos";
import type { Actor } from "@/lib/policy/actor";
import type { ValueQualifier } from "@/lib/generated/prisma/enums";
import { APPEARANCE_DTO_SELECT, toAppearanceDto, type AppearanceDto } from "@/lib/claims/appearances/appearance-dto";
import { findClaimRelations, type ClaimRelationDto } from "@/lib/claims/relations/find-claim-relations";

export type { AppearanceDto };

export interface ClaimDto {
  id: string;
  statement: string;
  claimant: string | null;
  claimDate: Date | null;
  value: {
    metric: string | null;
    valueLow: number | null;
    valueHigh: number | null;
    qualifier: ValueQualifier | null;
    unit: string | null;
    asOf: Date | null;
  };
  event: { label: string | null; date: Date | null; place: string | null };
  assignedEditorId: string | null;
  assignedReviewerId: string | null;
  /** who made the claim (they, or an admin, may delete it) */
  createdById: string;
  appearances: AppearanceDto[];
  /** typed relations to other claims (misquotes, contradicts, updates, translation of), both directions */
  relations: ClaimRelationDto[];
  /** viewers see approved verdicts only */
  verdicts: VerdictDto[];
}

/** Any member: one claim with its appearances in context (what each states, how it differs, what changed), its relations, and its verdicts with history. */
export async function getClaim(actor: Actor, claimId: string): Promise<ClaimDto> {
  authorize(actor, "article.read");
  // the relations need only the id: read beside the claim, not after it (two round trips; an unknown or deleted
  // claim answers 404 below, its relations unread)
  const [claim, relations] = await Promise.all([
    db.claim.findFirst({
      where: claimScope(actor, claimId),
      include: {
        appearances: {
          where: { annotation: { deletedAt: null } },
          select: APPEARANCE_DTO_SELECT,
          orderBy: { createdAt: "asc" },
        },
        verdicts: {
          select: verdictSelectIn(actor.workspaceId),
          orderBy: { createdAt: "asc" },
          ...(can(actor, "verdict.readUnapproved") ? {} : { where: { status: "APPROVED" } }),
        },
      },
    }),
    findClaimRelations(db, actor.workspaceId, [claimId]),
  ]);
  if (!claim) throw new NotFoundError("Claim");
  return {
    id: claim.id,
    statement: claim.statement,
    claimant: claim.claimant,
    claimDate: claim.claimDate,
    value: {
      metric: claim.metric,
      valueLow: claim.valueLow === null ? null : Number(claim.valueLow),
      valueHigh: claim.valueHigh === null ? null : Number(claim.valueHigh),
      qualifier: claim.qualifier,
      unit: claim.unit,
      asOf: claim.asOf,
    },
    event: { label: claim.eventLabel, date: claim.eventDate, place: claim.eventPlace },
    assignedEditorId: claim.assignedEditorId,
    assignedReviewerId: claim.assignedReviewerId,
    createdById: claim.createdById,
    appearances: claim.appearances.filter((a) => a.annotation.version.article.deletedAt === null).map(toAppearanceDto),
    relations: relations.get(claim.id) ?? [],
    verdicts: await toVerdictDtos(actor.workspaceId, claim.verdicts),
  };
}
