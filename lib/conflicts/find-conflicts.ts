import { db } from "@/lib/db/client";
import { authorize, can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConflictKind, ConflictStatus } from "@/lib/generated/prisma/enums";
import { keysetArgs, toPage, type Page } from "@/lib/paging/keyset";
import { conflictScope } from "./scope";
import { englishQuestion, parseQuestionParams, type ConflictQuestionParams } from "./conflict-question";
import { CONFLICT_SORTS, ConflictListQuerySchema, type ConflictListQuery } from "./conflict-list-query";
import { membershipScope } from "@/lib/members/scope";

export interface ConflictListItemDto {
  id: string;
  kind: ConflictKind;
  status: ConflictStatus;
  /** In English (see questionFor). */
  question: string;
  /** For wording the question in the viewer's language (see questionParamsFor); null for conflicts stored before params existed. */
  questionParams: ConflictQuestionParams | null;
  /** Member claims that are still live. */
  members: number;
  createdAt: Date;
  resolvedAt: Date | null;
  resolverName: string | null;
}

export interface ConflictListDto extends Page<ConflictListItemDto> {
  /** how many conflicts of each status the workspace has (an index-only count; conflicts are far fewer than claims) */
  counts: Record<ConflictStatus, number>;
}

/**
 * Any member: one page of the workspace's conflicts with the given status
 * (open unless asked), newest first unless asked, optionally of one kind,
 * with how many of each status there are. Viewers do not see unapproved
 * verdicts, so the question of a verdict disagreement (which names the
 * ratings) is replaced for them by questionFor.
 */
export async function findConflicts(actor: Actor, input: Partial<ConflictListQuery> = {}): Promise<ConflictListDto> {
  authorize(actor, "workspace.read");
  const query = ConflictListQuerySchema.parse(input);
  const order = CONFLICT_SORTS[query.sort];
  const { where: after, ...paging } = keysetArgs<Prisma.ConflictWhereInput, Prisma.ConflictOrderByWithRelationInput>(
    order,
    query.cursor,
    query.pageSize,
  );
  const [rows, grouped] = await Promise.all([
    db.conflict.findMany({
      where: {
        AND: [{ ...conflictScope(actor), status: query.status }, query.kind ? { kind: query.kind } : {}, after],
      },
      ...paging,
      select: {
        id: true,
        kind: true,
        status: true,
        question: true,
        questionParams: true,
        createdAt: true,
        resolvedAt: true,
        resolvedById: true,
        _count: { select: { members: { where: { claim: { deletedAt: null } } } } },
      },
    }),
    db.conflict.groupBy({ by: ["status"], where: conflictScope(actor), _count: { _all: true } }),
  ]);
  const page = toPage(rows, order, query, (row) => row);
  const resolverIds = [...new Set(page.items.map((r) => r.resolvedById).filter((id): id is string => id !== null))];
  const resolvers = await db.user.findMany({
    where: { id: { in: resolverIds }, memberships: { some: membershipScope(actor) } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = new Map(resolvers.map((u) => [u.id, u.name ?? u.email]));
  const counts: Record<ConflictStatus, number> = { OPEN: 0, RESOLVED: 0 };
  for (const g of grouped) counts[g.status] = g._count._all;
  return {
    counts,
    nextCursor: page.nextCursor,
    previousCursor: page.previousCursor,
    items: page.items.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      question: questionFor(actor, r),
      questionParams: questionParamsFor(actor, r),
      members: r._count.members,
      createdAt: r.createdAt,
      resolvedAt: r.resolvedAt,
      resolverName: r.resolvedById ? (nameOf.get(r.resolvedById) ?? "A former member") : null,
    })),
  };
}

/** The question as this actor may read it: a disagreement's ratings may be unapproved, so viewers get it without them. */
export function questionFor(actor: Actor, conflict: { kind: ConflictKind; question: string }): string {
  return ratingsWithheld(actor, conflict.kind) ? englishQuestion(WITHHELD) : conflict.question;
}

/** The params of questionFor's question: the same rule, for the viewer's language. */
export function questionParamsFor(
  actor: Actor,
  conflict: { kind: ConflictKind; questionParams: unknown },
): ConflictQuestionParams | null {
  return ratingsWithheld(actor, conflict.kind) ? WITHHELD : parseQuestionParams(conflict.questionParams);
}

const WITHHELD: ConflictQuestionParams = { kind: "VERDICT_DISAGREEMENT", ratings: [] };

function ratingsWithheld(actor: Actor, kind: ConflictKind): boolean {
  return kind === "VERDICT_DISAGREEMENT" && !can(actor, "verdict.readUnapproved");
}
