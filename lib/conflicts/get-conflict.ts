import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize, can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConflictKind, ConflictStatus } from "@/lib/generated/prisma/enums";
import { verdictSelectIn, type EvidenceDto, type VerdictDto } from "@/lib/verdict-dtos/verdict-dto";
import { toVerdictDtos } from "@/lib/verdict-dtos/to-verdict-dtos";
import { formatClaimedValue } from "@/lib/claims/compare/compare-values";
import { wordDiff, type QuoteDiffPart } from "./detect/detect-quote-conflicts";
import { directQuote } from "@/lib/claims/compare/direct-quote";
import { questionFor, questionParamsFor } from "./find-conflicts";
import type { ConflictQuestionParams } from "./conflict-question";
import { conflictMemberScope, conflictScope } from "./scope";
import { CLAIM_VALUE_FIELDS } from "@/lib/claims/claim-value-fields";
import { APPEARANCE_DTO_SELECT, toAppearanceDto, type AppearanceDto } from "@/lib/claims/appearances/appearance-dto";
import { findClaimRelations, type ClaimRelationDto } from "@/lib/claims/relations/find-claim-relations";
import { verdictScope } from "@/lib/verdicts/scope";
import { ratingLevelScope } from "@/lib/workspaces/scope";

/** An appearance of a member claim, in context: the same shape as a claim page's appearances. */
export type ConflictAppearanceDto = AppearanceDto;

export interface ConflictMemberDto {
  claimId: string;
  /** Set when the conflict is resolved: does this claim hold? */
  holds: boolean | null;
  statement: string;
  claimant: string | null;
  /** The figure as a reader says it ("at least 12 killed"), or null. */
  value: string | null;
  asOf: Date | null;
  event: { label: string | null; date: Date | null; place: string | null };
  /** For quote conflicts: the quoted words that were compared. */
  quote: string | null;
  appearances: ConflictAppearanceDto[];
  /** Viewers see approved verdicts only; revisions[0] is the current one. */
  verdicts: VerdictDto[];
  /** the member's typed relations (misquotes, contradicts, updates, translation of) */
  relations: ClaimRelationDto[];
}

export interface ConflictDto {
  id: string;
  kind: ConflictKind;
  status: ConflictStatus;
  /** In English (see questionFor). */
  question: string;
  /** For wording the question in the viewer's language; null for conflicts stored before params existed. */
  questionParams: ConflictQuestionParams | null;
  createdAt: Date;
  resolution: string | null;
  resolvedAt: Date | null;
  resolverName: string | null;
  evidence: EvidenceDto[];
  members: ConflictMemberDto[];
  /** Quote conflicts: how each other member's quote differs from the first member's, word by word. */
  diffs: { fromClaimId: string; toClaimId: string; parts: QuoteDiffPart[] }[];
  /** The workspace's rating scale, for the resolve form. */
  ratingLevels: { key: string; label: string }[];
}

/**
 * Any member: one conflict with its member claims side by side — each with
 * its appearances in context in every (live) article and its verdicts — and
 * the resolution. Viewers ("verdict.readUnapproved" denied) see approved
 * verdicts only.
 */
export async function getConflict(actor: Actor, conflictId: string): Promise<ConflictDto> {
  authorize(actor, "workspace.read");
  const conflict = await db.conflict.findFirst({
    where: conflictScope(actor, conflictId),
    select: {
      id: true,
      kind: true,
      status: true,
      question: true,
      questionParams: true,
      createdAt: true,
      resolution: true,
      resolvedAt: true,
      resolvedById: true,
      evidence: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, url: true, title: true, quote: true, accessedAt: true, isPrimary: true },
      },
      members: {
        where: conflictMemberScope(actor, conflictId),
        orderBy: [{ claim: { createdAt: "asc" } }, { claimId: "asc" }],
        select: { claimId: true, holds: true, claim: { select: MEMBER_CLAIM_SELECT } },
      },
    },
  });
  if (!conflict) throw new NotFoundError("Conflict");
  const readUnapproved = can(actor, "verdict.readUnapproved");
  const verdictRows = await db.verdict.findMany({
    where: {
      ...verdictScope(actor),
      claimId: { in: conflict.members.map((m) => m.claimId) },
      ...(readUnapproved ? {} : { status: "APPROVED" }),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: verdictSelectIn(actor.workspaceId),
  });
  const [verdicts, resolver, ratingLevels, relations] = await Promise.all([
    toVerdictDtos(actor.workspaceId, verdictRows),
    conflict.resolvedById
      ? db.user.findUnique({ where: { id: conflict.resolvedById }, select: { name: true, email: true } })
      : null,
    db.ratingLevel.findMany({
      where: { ...ratingLevelScope(actor), archived: false },
      orderBy: { position: "asc" },
      select: { key: true, label: true },
    }),
    findClaimRelations(
      db,
      actor.workspaceId,
      conflict.members.map((m) => m.claimId),
    ),
  ]);
  const members = conflict.members.map((m) => ({
    ...toMemberDto(m.claimId, m.holds, m.claim, conflict.kind, verdicts),
    relations: relations.get(m.claimId) ?? [],
  }));
  return {
    id: conflict.id,
    kind: conflict.kind,
    status: conflict.status,
    question: questionFor(actor, conflict),
    questionParams: questionParamsFor(actor, conflict),
    createdAt: conflict.createdAt,
    resolution: conflict.resolution,
    resolvedAt: conflict.resolvedAt,
    resolverName: resolver ? (resolver.name ?? resolver.email) : null,
    evidence: conflict.evidence,
    members,
    diffs: quoteDiffs(members),
    ratingLevels,
  };
}

const MEMBER_CLAIM_SELECT = {
  ...CLAIM_VALUE_FIELDS,
  appearances: {
    where: { annotation: { deletedAt: null, version: { article: { deletedAt: null } } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: APPEARANCE_DTO_SELECT,
  },
} as const satisfies Prisma.ClaimSelect;

type MemberClaimRow = Prisma.ClaimGetPayload<{ select: typeof MEMBER_CLAIM_SELECT }>;

function toMemberDto(
  claimId: string,
  holds: boolean | null,
  claim: MemberClaimRow,
  kind: ConflictKind,
  verdicts: VerdictDto[],
): Omit<ConflictMemberDto, "relations"> {
  const appearances = claim.appearances.map(toAppearanceDto);
  const value =
    claim.valueLow === null
      ? null
      : `${formatClaimedValue({ valueLow: claim.valueLow.toNumber(), valueHigh: claim.valueHigh?.toNumber() ?? null, qualifier: claim.qualifier, unit: claim.unit })}${claim.metric ? ` ${claim.metric}` : ""}`;
  return {
    claimId,
    holds,
    statement: claim.statement,
    claimant: claim.claimant,
    value,
    asOf: claim.asOf,
    event: { label: claim.eventLabel, date: claim.eventDate, place: claim.eventPlace },
    quote: kind === "QUOTE_MISMATCH" ? directQuote(claim, appearances[0] ?? null) : null,
    appearances,
    verdicts: verdicts.filter((v) => v.claimId === claimId),
  };
}

function quoteDiffs(members: Omit<ConflictMemberDto, "relations">[]): ConflictDto["diffs"] {
  const [first, ...others] = members;
  if (!first?.quote) return [];
  return others.flatMap((m) =>
    m.quote ? [{ fromClaimId: first.claimId, toClaimId: m.claimId, parts: wordDiff(first.quote!, m.quote) }] : [],
  );
}
