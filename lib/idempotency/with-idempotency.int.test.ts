/**
 * Double submits create one row: two concurrent calls with the same key run
 * the use case once and answer alike; a refusal is not stored (the corrected
 * retry with the same key runs); another request under the same key is
 * refused; keys of different callers never meet; keys expire after 24 h.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { createReply } from "@/lib/annotations/create-reply";
import { CreateReplyInputSchema } from "@/lib/annotations/schemas";
import { createVerdict } from "@/lib/verdicts/create-verdict";
import { CreateVerdictInputSchema } from "@/lib/verdicts/schemas";
import { fingerprintOf } from "@/lib/idempotency/idempotency-key";
import {
  IDEMPOTENCY_WINDOW_MS,
  IdempotencyKeyReusedError,
  withIdempotency,
  type IdempotentAnswer,
} from "@/lib/idempotency/with-idempotency";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { claimPhrase } from "@/test/support/claim-phrase";

const TEXT = "Officials said at least 12 people were killed on Tuesday.";
const PHRASE = "at least 12 people were killed";
const VERDICT = {
  ratingKey: "MOSTLY_ACCURATE",
  summary: "The police report confirms twelve deaths.",
  evidence: [{ url: "https://police.example.test/report", title: "Police report" }],
};

async function world() {
  const owner = await createWorkspaceWithMembers();
  const article = await createArticle(owner.actors.EDITOR, { text: TEXT });
  const { annotation, claim } = await claimPhrase(owner.actors.EDITOR, article, PHRASE, {
    statement: "At least 12 people were killed",
  });
  return { editor: owner.actors.EDITOR, annotation, claim };
}

const key = () => crypto.randomUUID();
const created = (id: string): IdempotentAnswer => ({ status: 201, body: { id } });

describe("withIdempotency", () => {
  it("two concurrent identical verdict submits make one verdict; both get the first answer", async () => {
    const { editor, claim } = await world();
    const request = {
      scope: `user:${editor.userId}`,
      key: key(),
      fingerprint: fingerprintOf(["createVerdict", claim.id]),
    };
    const submit = () =>
      withIdempotency(request, async () =>
        created((await createVerdict(editor, CreateVerdictInputSchema.parse({ claimId: claim.id, ...VERDICT }))).id),
      );
    const [first, second] = await Promise.all([submit(), submit()]);
    expect(await db.verdict.count({ where: { claimId: claim.id } })).toBe(1);
    expect(first.answer).toEqual(second.answer);
    expect([first.replayed, second.replayed].sort()).toEqual([false, true]);
    const later = await submit();
    expect(later).toEqual({ answer: first.answer, replayed: true });
    expect(await db.verdict.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("two concurrent identical replies make one reply", async () => {
    const { editor, annotation } = await world();
    const request = {
      scope: `user:${editor.userId}`,
      key: key(),
      fingerprint: fingerprintOf(["createReply", annotation.id, "Same reply"]),
    };
    const reply = () =>
      withIdempotency(request, async () =>
        created(
          (await createReply(editor, CreateReplyInputSchema.parse({ annotationId: annotation.id, body: "Same reply" })))
            .id,
        ),
      );
    const answers = await Promise.all([reply(), reply(), reply()]);
    expect(await db.reply.count({ where: { annotationId: annotation.id } })).toBe(1);
    expect(new Set(answers.map((a) => JSON.stringify(a.answer))).size).toBe(1);
  });

  it("a refusal is not stored: the key is free again, and the corrected retry runs", async () => {
    const request = { scope: `user:test-${key()}`, key: key(), fingerprint: "f" };
    await expect(withIdempotency(request, async () => Promise.reject(new InvalidInputError("no")))).rejects.toThrow(
      InvalidInputError,
    );
    expect(await withIdempotency(request, async () => ({ status: 400, body: { ok: false } }))).toEqual({
      answer: { status: 400, body: { ok: false } },
      replayed: false,
    });
    expect(await db.idempotencyRecord.count({ where: { scope: request.scope } })).toBe(0);
    expect((await withIdempotency(request, async () => created("x"))).replayed).toBe(false);
    expect((await withIdempotency(request, async () => created("y"))).answer).toEqual(created("x"));
  });

  it("the same key for a different request is refused without running it", async () => {
    const scope = `user:test-${key()}`;
    const shared = key();
    await withIdempotency({ scope, key: shared, fingerprint: "first" }, async () => created("a"));
    let ran = false;
    await expect(
      withIdempotency({ scope, key: shared, fingerprint: "second" }, async () => ((ran = true), created("b"))),
    ).rejects.toThrow(IdempotencyKeyReusedError);
    expect(ran).toBe(false);
  });

  it("keys of different callers never meet", async () => {
    const shared = key();
    await withIdempotency({ scope: `user:test-${key()}`, key: shared, fingerprint: "f" }, async () => created("a"));
    expect(
      await withIdempotency({ scope: `user:test-${key()}`, key: shared, fingerprint: "f" }, async () => created("b")),
    ).toEqual({ answer: created("b"), replayed: false });
  });

  it("a duplicate of a request still running after the wait answers 409 without running", async () => {
    const request = { scope: `user:test-${key()}`, key: key(), fingerprint: "f" };
    await db.idempotencyRecord.create({ data: { ...request } });
    let ran = false;
    await expect(withIdempotency(request, async () => ((ran = true), created("b")))).rejects.toThrow(ConflictError);
    expect(ran).toBe(false);
  }, 15_000);

  it("answers older than 24 hours are not replayed, and old rows are deleted when a new key is recorded", async () => {
    const request = { scope: `user:test-${key()}`, key: key(), fingerprint: "f" };
    const old = new Date(Date.now() - IDEMPOTENCY_WINDOW_MS - 60_000);
    await db.idempotencyRecord.create({
      data: { ...request, status: 201, response: { id: "old" }, createdAt: old, completedAt: old },
    });
    const other = await db.idempotencyRecord.create({
      data: { scope: request.scope, key: key(), fingerprint: "g", status: 201, response: {}, createdAt: old },
    });
    expect(await withIdempotency(request, async () => created("new"))).toEqual({
      answer: created("new"),
      replayed: false,
    });
    expect(await db.idempotencyRecord.findUnique({ where: { id: other.id } })).toBeNull();
  });
});
