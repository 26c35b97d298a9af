import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Idempotent requests: a client that sends the same request twice with the
 * same key (a double click, a retry after a timeout) gets the first answer
 * again instead of a second row.
 *
 * - The first request with a (scope, key) inserts an IdempotencyRecord
 *   (status null: in progress) and runs. A successful answer (2xx) is stored
 *   and replayed for that key for 24 hours. A refusal (4xx) or an error is
 *   not stored: the row is removed, nothing was written, and the corrected
 *   request may reuse the key (a form keeps its key until it succeeds).
 * - A duplicate that arrives while the first is still running waits for it
 *   (up to WAIT_FOR_FIRST_MS, long enough for any create) and replays its
 *   answer, so both clicks of a double click see the same success; if the
 *   first failed meanwhile, the duplicate runs itself; if the first is still
 *   running at the deadline, the duplicate answers 409 "already being
 *   processed" without running.
 * - The same key with a different request (fingerprint) is refused (422 in
 *   the API, 400 in a form): keys name one request, never another.
 * - Rows older than 24 hours are ignored, and deleted a bounded batch at a
 *   time whenever a new key is recorded. An in-progress row older than
 *   ABANDONED_AFTER_MS (a process that died mid-request) is taken over.
 */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
const WAIT_FOR_FIRST_MS = 5_000;
const POLL_MS = 50;
const ABANDONED_AFTER_MS = 10 * 60 * 1000;
const EXPIRED_BATCH = 100;

export interface IdempotentRequest {
  /** whose key it is: "user:<id>" or "token:<id>", so keys of different callers never meet */
  scope: string;
  key: string;
  /** sha256 of what was asked (see fingerprintOf) */
  fingerprint: string;
}

export interface IdempotentAnswer {
  status: number;
  /** the answer's JSON body (null for none) */
  body: Prisma.InputJsonValue | null;
}

export interface IdempotentOutcome {
  answer: IdempotentAnswer;
  /** true when this is the stored answer of an earlier request */
  replayed: boolean;
}

/** The same key was sent with a different request. */
export class IdempotencyKeyReusedError extends InvalidInputError {
  constructor() {
    const message = "This idempotency key was already used for a different request. Use a new key for a new request.";
    super(message, { idempotencyKey: [message] });
  }
}

const isSuccess = (status: number) => status >= 200 && status < 300;

export async function withIdempotency(
  request: IdempotentRequest,
  run: () => Promise<IdempotentAnswer>,
): Promise<IdempotentOutcome> {
  const claimed = await claim(request);
  if ("replay" in claimed) return { answer: claimed.replay, replayed: true };
  let answer: IdempotentAnswer;
  try {
    answer = await run();
  } catch (error) {
    await release(claimed.id);
    throw error;
  }
  if (!isSuccess(answer.status)) await release(claimed.id);
  else {
    await db.idempotencyRecord.update({
      where: { id: claimed.id },
      data: { status: answer.status, response: answer.body ?? Prisma.JsonNull, completedAt: new Date() },
    });
  }
  return { answer, replayed: false };
}

type Claim = { id: string } | { replay: IdempotentAnswer };

async function claim(request: IdempotentRequest): Promise<Claim> {
  const deadline = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    try {
      const row = await db.idempotencyRecord.create({
        data: { scope: request.scope, key: request.key, fingerprint: request.fingerprint },
        select: { id: true },
      });
      await deleteExpiredBatch();
      return row;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const existing = await db.idempotencyRecord.findUnique({
      where: { scope_key: { scope: request.scope, key: request.key } },
    });
    if (!existing) continue; // the first request failed and let its key go: this one runs
    const age = Date.now() - existing.createdAt.getTime();
    if (age > IDEMPOTENCY_WINDOW_MS || (existing.status === null && age > ABANDONED_AFTER_MS)) {
      await db.idempotencyRecord.deleteMany({ where: { id: existing.id, createdAt: existing.createdAt } });
      continue;
    }
    if (existing.fingerprint !== request.fingerprint) throw new IdempotencyKeyReusedError();
    if (existing.status !== null)
      return { replay: { status: existing.status, body: (existing.response ?? null) as Prisma.InputJsonValue | null } };
    if (Date.now() >= deadline)
      throw new ConflictError("A request with this idempotency key is already being processed. Try again in a moment.");
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function release(id: string): Promise<void> {
  await db.idempotencyRecord.deleteMany({ where: { id } });
}

/** Old keys go a bounded batch at a time, so no request pays for a large backlog. */
async function deleteExpiredBatch(): Promise<void> {
  const cutoff = new Date(Date.now() - IDEMPOTENCY_WINDOW_MS);
  const expired = await db.idempotencyRecord.findMany({
    where: { createdAt: { lt: cutoff } },
    select: { id: true },
    take: EXPIRED_BATCH,
  });
  if (expired.length > 0)
    await db.idempotencyRecord.deleteMany({
      where: { id: { in: expired.map((row) => row.id) }, createdAt: { lt: cutoff } },
    });
}
