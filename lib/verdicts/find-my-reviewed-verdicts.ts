import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { verdictScope } from "@/lib/verdicts/scope";
import { verdictSelectIn, type VerdictDto } from "@/lib/verdict-dtos/verdict-dto";
import { toVerdictDtos } from "@/lib/verdict-dtos/to-verdict-dtos";
import * as keyset from "@/lib/paging/keyset";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

export interface MyVerdictDto {
  verdict: VerdictDto;
  claim: { id: string; statement: string };
}

/** One page of the actor's reviewed verdicts, and how many there are in all (up to a cap). */
export interface MyReviewedVerdictPage extends keyset.Page<MyVerdictDto> {
  /** exact up to MY_REVIEWED_VERDICTS_COUNT_CAP; the cap itself when `capped` */
  total: number;
  /** more than `total` of them: shown as "more than N" */
  capped: boolean;
}

/** The list sits under the review queue: a short page, the rest a click away. */
export const MY_REVIEWED_VERDICTS_PAGE_SIZE = 20;

/**
 * Counted exactly up to here. An editor's history grows with every verdict
 * (14,718 reviewed for the scale bench's editor at 100×: ~100 ms to count on
 * every page view); "more than 100" says as much to a person paging 20 at a
 * time, and stops the count after 101 rows.
 */
export const MY_REVIEWED_VERDICTS_COUNT_CAP = 100;

/** The last change first: a verdict a reviewer just sent back comes to the top. */
export const LAST_CHANGED_FIRST = {
  field: "updatedAt",
  direction: "desc",
  type: "date",
} as const satisfies keyset.KeysetOrder;

type VerdictWhere = Prisma.VerdictWhereInput;
type VerdictOrderBy = Prisma.VerdictOrderByWithRelationInput;

/**
 * Editors and up: the actor's own verdicts that reviewers have acted on, with
 * what they decided and why, one page at a time (an editor's history grows
 * with every verdict, so it pages rather than stopping at a fixed number).
 */
export async function findMyReviewedVerdicts(
  actor: Actor,
  read: keyset.PageRead = { pageSize: MY_REVIEWED_VERDICTS_PAGE_SIZE },
): Promise<MyReviewedVerdictPage> {
  authorize(actor, "verdict.draft");
  // the workspace in the review test lets PostgreSQL probe Review's (workspaceId, verdictId) index for each verdict
  // it walks on (workspaceId, authorId, updatedAt), instead of hashing every review of the workspace
  const where: VerdictWhere = {
    ...verdictScope(actor),
    authorId: actor.userId,
    reviews: { some: { workspaceId: actor.workspaceId } },
  };
  const page = keyset.keysetArgs<VerdictWhere, VerdictOrderBy>(LAST_CHANGED_FIRST, read.cursor, read.pageSize);
  const [rows, counted] = await Promise.all([
    db.verdict.findMany({
      where: { AND: [where, page.where] },
      orderBy: page.orderBy,
      take: page.take,
      select: { ...verdictSelectIn(actor.workspaceId), claim: { select: { id: true, statement: true } } },
    }),
    db.verdict.count({ where, take: MY_REVIEWED_VERDICTS_COUNT_CAP + 1 }),
  ]);
  const found = keyset.toPage(rows, LAST_CHANGED_FIRST, read, (row) => row);
  const dtos = await toVerdictDtos(actor.workspaceId, found.items);
  return {
    ...found,
    items: found.items.map((row, i) => ({ verdict: dtos[i]!, claim: row.claim })),
    total: Math.min(counted, MY_REVIEWED_VERDICTS_COUNT_CAP),
    capped: counted > MY_REVIEWED_VERDICTS_COUNT_CAP,
  };
}
