import { db } from "@/lib/db/client";
import { notify, notifyingTransaction } from "@/lib/notifications/notify";
import { componentLogger } from "@/lib/ops/logger";
import type { SourceHealth } from "@/lib/generated/prisma/enums";
import { fetchSource } from "./fetch-source";
import { decideHealth } from "./source-health";
import { CHECK_BATCH, CHECK_TIME_BUDGET_MS } from "./preservation-limits";
import { sourceUnavailableNotifications } from "./source-unavailable-notifications";

const log = componentLogger("sources");

export interface CheckRun {
  checked: number;
  /** sources that turned DEAD or CHANGED in this run (they were not before) */
  turned: { id: string; workspaceId: string; url: string; health: SourceHealth }[];
}

/**
 * The `sources.check` job (daily, and "Check now"): re-fetches preserved
 * sources — of one workspace, or of all — oldest check first, at most `limit`
 * per run, and records health (DEAD: no answer or status ≥ 400; CHANGED: the
 * readable text's hash differs from the preserved one; LIVE), check time,
 * status, hash and error. A source never preserved (its fetch kept failing)
 * that answers now gets its copy here. When a source turns DEAD or CHANGED,
 * the authors of the verdicts citing it are notified (SOURCE_UNAVAILABLE).
 */
export async function checkSources(
  options: { workspaceId?: string; limit?: number; now?: () => Date; checkedBefore?: Date; deadline?: number } = {},
): Promise<CheckRun> {
  const now = options.now ?? (() => new Date());
  const due = await db.sourceSnapshot.findMany({
    where: {
      ...(options.workspaceId ? { workspaceId: options.workspaceId } : {}),
      ...(options.checkedBefore ? { OR: [{ checkedAt: null }, { checkedAt: { lt: options.checkedBefore } }] } : {}),
    },
    orderBy: [{ checkedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    take: options.limit ?? CHECK_BATCH,
    select: { id: true, workspaceId: true, url: true, health: true, fetchedAt: true, contentHash: true },
  });
  const run: CheckRun = { checked: 0, turned: [] };
  for (const snapshot of due) {
    if (options.deadline !== undefined && Date.now() > options.deadline) break;
    const fetched = await fetchSource(snapshot.url);
    const outcome = fetched.answered
      ? { status: fetched.status, contentHash: fetched.content?.contentHash ?? null }
      : { status: null, contentHash: null };
    const health = decideHealth(snapshot.contentHash, outcome);
    const at = now();
    const firstCopy = !snapshot.fetchedAt && fetched.answered && fetched.status < 400;
    const turned = health !== snapshot.health && (health === "DEAD" || health === "CHANGED");
    // the new health and the notifications it calls for commit together: a turn is reported exactly once
    await notifyingTransaction(async (tx) => {
      await tx.sourceSnapshot.update({
        where: { id: snapshot.id },
        data: {
          health,
          checkedAt: at,
          checkStatus: outcome.status,
          checkHash: outcome.contentHash,
          checkError: fetched.answered ? null : fetched.error,
          ...(firstCopy && {
            fetchedAt: at,
            httpStatus: fetched.status,
            contentType: fetched.contentType || null,
            title: fetched.content?.title ?? null,
            text: fetched.content?.text ?? null,
            contentHash: fetched.content?.contentHash ?? null,
            error: null,
          }),
        },
      });
      if (turned)
        await notify(
          tx,
          null,
          await sourceUnavailableNotifications(tx, { ...snapshot, health, status: outcome.status }),
        );
    });
    run.checked += 1;
    if (turned) run.turned.push({ id: snapshot.id, workspaceId: snapshot.workspaceId, url: snapshot.url, health });
  }
  if (run.turned.length > 0)
    log.info({ checked: run.checked, turned: run.turned.length }, "cited sources went dead or changed");
  return run;
}

/**
 * The job's whole run: batch after batch of sources not checked since the run
 * began, until none is left or the time budget is spent (the next run goes on
 * from the oldest check), so a large workspace is covered without one batch
 * outliving the job's expiry.
 */
export async function runSourceCheck(
  options: { workspaceId?: string } = {},
  budgetMs = CHECK_TIME_BUDGET_MS,
): Promise<number> {
  const startedAt = new Date();
  const deadline = Date.now() + budgetMs;
  let checked = 0;
  for (;;) {
    const run = await checkSources({ ...options, checkedBefore: startedAt, deadline });
    checked += run.checked;
    if (run.checked < CHECK_BATCH || Date.now() > deadline) return checked;
  }
}
