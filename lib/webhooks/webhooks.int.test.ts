/**
 * Webhooks against a real database, a real job runner (pg-boss) and a real
 * HTTP receiver: events are written in the transaction of the change (and
 * roll back with it), delivered signed, retried with backoff, given up after
 * the last try, replayed with the same message id, and swept when left behind.
 */
import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createArticle as importArticleText } from "@/lib/articles/create-article";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { WEBHOOK_MAX_ATTEMPTS } from "@/lib/jobs/queues";
import { eventually } from "@/lib/worker/test-support";
import { queueWebhookEvent, writeDeliveries } from "@/lib/webhooks/queue-webhook-event";
import { enqueueWebhookDeliveries } from "@/lib/webhooks/enqueue-webhook-deliveries";
import { registerWebhookEndpoint } from "@/lib/webhooks/register-webhook-endpoint";
import { replayWebhookDelivery } from "@/lib/webhooks/replay-webhook-delivery";
import { sweepUndeliveredWebhooks } from "@/lib/webhooks/sweep-undelivered-webhooks";
import { RegisterWebhookEndpointInputSchema } from "@/lib/webhooks/schemas";
import { createArticle, createVerdictRecord, createWorkspaceWithMembers, type TestWorkspace } from "@/prisma/factories";
import { webhookDeliveryBench } from "@/test/support/webhook-receiver";
import { claimPhrase } from "@/test/support/claim-phrase";
import type { Actor } from "@/lib/policy/actor";
import { publishReport } from "@/lib/reports/publish-report";
import { articleReport, claimWithVerdict } from "@/test/support/report-world";
import { ReviewVerdictInputSchema } from "@/lib/verdicts/schemas";
import { detectConflicts } from "@/lib/conflicts/detect-conflicts";

// the secret box's key comes from NEXTAUTH_SECRET (read lazily by lib/env.ts), as in the app
process.env.NEXTAUTH_SECRET ??= "integration tests' NEXTAUTH_SECRET";

const bench = webhookDeliveryBench();

const register = (ws: TestWorkspace, input: Record<string, unknown>) =>
  registerWebhookEndpoint(
    ws.actors.ADMIN,
    RegisterWebhookEndpointInputSchema.parse({ url: bench.receiver.url, ...input }),
  );
const deliveriesOf = (endpointId: string) =>
  db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: { createdAt: "asc" },
    include: { log: { orderBy: { number: "asc" } } },
  });
const delivery = (id: string) =>
  db.webhookDelivery.findUniqueOrThrow({ where: { id }, include: { log: { orderBy: { number: "asc" } } } });
const byId = (messageId: string) => (hook: { headers: Record<string, string> }) =>
  hook.headers["webhook-id"] === messageId;

async function newClaim(ws: TestWorkspace, actor: Actor = ws.actors.EDITOR) {
  const article = await createArticle(actor, { text: "Officials said at least 12 people were hurt in the flood." });
  const { claim } = await claimPhrase(actor, article, "at least 12 people were hurt", {
    statement: "At least 12 people were hurt",
    claimant: "Officials",
  });
  return claim;
}

describe("emission", () => {
  it("writes one delivery per enabled endpoint subscribed to the event, and the receiver verifies it", async () => {
    const ws = await createWorkspaceWithMembers();
    const subscribed = await register(ws, { events: ["claim.created", "verdict.approved"] });
    const other = await register(ws, { events: ["article.imported"] });
    const disabled = await register(ws, { events: ["claim.created"], enabled: false });
    const claim = await newClaim(ws);

    const [row, ...more] = await deliveriesOf(subscribed.id);
    expect(more).toHaveLength(0);
    expect(await deliveriesOf(disabled.id)).toHaveLength(0);
    expect((await deliveriesOf(other.id)).map((d) => d.eventType)).toEqual([]); // the factory writes articles directly, not through the import
    expect(row!.payload).toMatchObject({
      type: "claim.created",
      data: {
        claim: { id: claim.id, statement: "At least 12 people were hurt", claimant: "Officials" },
        links: { app: expect.stringMatching(new RegExp(`/w/${ws.workspace.slug}/claims/${claim.id}$`)) },
      },
    });

    const hook = await bench.receiver.waitFor(byId(row!.messageId));
    expect(new Webhook(subscribed.secret).verify(hook.body, hook.headers)).toEqual(JSON.parse(hook.body));
    expect(hook.headers["content-type"]).toBe("application/json");
    const done = await eventually(
      async () => ((await delivery(row!.id)).status === "DELIVERED" ? delivery(row!.id) : null),
      "DELIVERED",
    );
    expect(done).toMatchObject({ attempts: 1, lastStatus: 200 });
    expect(done.log).toMatchObject([{ number: 1, httpStatus: 200, response: "ok", error: null }]);
  });

  it("nothing is written, or sent, when the change's transaction rolls back", async () => {
    const ws = await createWorkspaceWithMembers();
    const endpoint = await register(ws, { events: ["claim.created"] });
    const { article } = await createArticle(ws.actors.EDITOR);
    const claim = await db.claim.create({
      data: { workspaceId: ws.workspace.id, statement: "Rolled back", createdById: ws.users.EDITOR.id },
      select: { id: true },
    });
    await expect(
      db.$transaction(async (tx) => {
        expect(await queueWebhookEvent(tx, ws.workspace.id, "claim.created", { claimId: claim.id })).toHaveLength(1);
        throw new Error("the change fails after emitting");
      }),
    ).rejects.toThrow("the change fails");
    expect(await deliveriesOf(endpoint.id)).toHaveLength(0);
    expect(article.id).toBeTruthy();
  });

  it("payloads: article.imported and verdict.approved carry their documented shapes", async () => {
    const ws = await createWorkspaceWithMembers();
    const endpoint = await register(ws, { events: ["article.imported", "verdict.approved"] });
    const article = await importArticleText(ws.actors.EDITOR, {
      text: "A short text.",
      metadata: {
        title: "Flood report",
        outlet: "Gazette",
        author: "",
        url: "https://news.example.test/flood",
        publishedAt: null,
        language: "en",
      } as never,
    });
    const claim = await newClaim(ws);
    const verdict = await createVerdictRecord(ws.actors.EDITOR, claim.id, { status: "SUBMITTED" });
    await reviewVerdict(ws.actors.REVIEWER, {
      verdictId: verdict.id,
      lockVersion: 1,
      decision: "APPROVE",
      reason: null,
      acknowledgeWarnings: false,
      correctionNote: null,
    } as never);

    const [imported, approved] = (await deliveriesOf(endpoint.id)).map((d) => d.payload);
    expect(imported).toMatchObject({
      type: "article.imported",
      data: {
        article: {
          id: article.id,
          title: "Flood report",
          outlet: "Gazette",
          url: "https://news.example.test/flood",
          language: "en",
        },
        links: { app: expect.stringContaining(`/articles/${article.id}`) },
      },
    });
    expect(approved).toMatchObject({
      type: "verdict.approved",
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: {
        verdict: { id: verdict.id, rating: { key: "ACCURATE" }, summary: "Checked against the source.", revision: 1 },
        claim: { id: claim.id },
        links: { factCheck: expect.stringMatching(/^https:\/\/factdesk\.test\/fact-checks\//) },
      },
    });
  });

  it("payloads: report.published, correction.issued and conflict.detected (only a newly detected conflict)", async () => {
    const ws = await createWorkspaceWithMembers();
    const article = await createArticle(ws.actors.EDITOR, {
      text: "Officials said at least 12 people were killed on Tuesday.\n\nThe mayor promised 40 million euros.",
    });
    await claimWithVerdict(ws, article, "at least 12 people were killed", "APPROVED");
    const submitted = await claimWithVerdict(ws, article, "40 million euros", "SUBMITTED");
    const endpoint = await register(ws, { events: ["report.published", "correction.issued", "conflict.detected"] });
    const report = await articleReport(ws, article, "Tuesday's toll");
    const { publicToken } = await publishReport(ws.actors.REVIEWER, report.id);
    await reviewVerdict(
      ws.actors.REVIEWER,
      ReviewVerdictInputSchema.parse({
        verdictId: submitted.verdict!.id,
        lockVersion: 2,
        decision: "APPROVE",
        correctionNote: "Added our check of the pledge.",
      }),
    );
    const correction = await db.reportCorrection.findFirstOrThrow({ where: { reportId: report.id } });

    const toll = async (n: number, qualifier: "AT_LEAST" | "EXACT") => {
      const article = await createArticle(ws.actors.EDITOR, {
        text: `Officials said ${n} people were killed in the night.`,
      });
      return claimPhrase(ws.actors.EDITOR, article, `${n} people were killed`, {
        metric: "killed",
        valueLow: n,
        qualifier,
        eventLabel: "Strike on Kyiv",
        eventDate: "2025-04-24",
        eventPlace: "Kyiv",
      });
    };
    await toll(12, "AT_LEAST");
    await toll(9, "EXACT");
    await detectConflicts(ws.actors.EDITOR);
    await detectConflicts(ws.actors.EDITOR); // the same conflict again: not new, no event
    const conflict = await db.conflict.findFirstOrThrow({
      where: { workspaceId: ws.workspace.id },
      include: { members: true },
    });

    const payloads = (await deliveriesOf(endpoint.id)).map((d) => d.payload as { type: string });
    expect(payloads.map((p) => p.type)).toEqual(["report.published", "correction.issued", "conflict.detected"]);
    expect(payloads[0]).toMatchObject({
      data: {
        report: { id: report.id, title: "Tuesday's toll", scope: "ARTICLE" },
        links: { public: `https://factdesk.test/r/${publicToken}` },
      },
    });
    expect(payloads[1]).toMatchObject({
      data: {
        correction: { id: correction.id, note: "Added our check of the pledge.", verdictId: submitted.verdict!.id },
        report: { id: report.id },
      },
    });
    expect(payloads[2]).toMatchObject({
      data: {
        conflict: {
          id: conflict.id,
          kind: "FIGURE_MISMATCH",
          claimIds: expect.arrayContaining(conflict.members.map((m) => m.claimId)),
        },
      },
    });
  });
});

describe("delivery", () => {
  it("a 500 answer is logged and retried with backoff until the receiver takes it", async () => {
    const ws = await createWorkspaceWithMembers();
    const endpoint = await register(ws, { events: ["claim.created"] });
    bench.receiver.answerNext({ status: 500, body: "receiver down for maintenance" });
    await newClaim(ws);
    const [row] = await deliveriesOf(endpoint.id);
    const done = await eventually(
      async () => ((await delivery(row!.id)).status === "DELIVERED" ? delivery(row!.id) : null),
      "DELIVERED after a retry",
    );
    expect(done.attempts).toBe(2);
    expect(done.log.map((a) => [a.number, a.httpStatus, a.response])).toEqual([
      [1, 500, "receiver down for maintenance"],
      [2, 200, "ok"],
    ]);
    expect(done.log.every((a) => a.durationMs >= 0)).toBe(true);
    expect(bench.receiver.received.filter(byId(row!.messageId))).toHaveLength(2);
  });

  it("the last allowed try that fails marks the delivery FAILED", async () => {
    const ws = await createWorkspaceWithMembers();
    const endpoint = await register(ws, { events: ["claim.created"] });
    const [id] = await db.$transaction((tx) =>
      writeDeliveries(
        tx,
        ws.workspace.id,
        "claim.created",
        { type: "claim.created", timestamp: new Date().toISOString(), data: {} },
        [endpoint.id],
      ),
    );
    await db.webhookDelivery.update({ where: { id }, data: { attempts: WEBHOOK_MAX_ATTEMPTS - 1 } });
    bench.receiver.answerNext({ status: 503, body: "no" });
    await enqueueWebhookDeliveries([{ id: id!, workspaceId: ws.workspace.id, attempts: WEBHOOK_MAX_ATTEMPTS - 1 }]);
    const failed = await eventually(
      async () => ((await delivery(id!)).status === "FAILED" ? delivery(id!) : null),
      "FAILED",
    );
    expect(failed).toMatchObject({ attempts: WEBHOOK_MAX_ATTEMPTS, lastStatus: 503, deliveredAt: null });
    expect(failed.log).toMatchObject([{ number: WEBHOOK_MAX_ATTEMPTS, httpStatus: 503 }]);
  });

  it("refuses a loopback address that WEBHOOK_ALLOWED_HOSTS does not name, without connecting", async () => {
    const ws = await createWorkspaceWithMembers();
    const endpoint = await register(ws, {
      url: bench.receiver.url.replace("127.0.0.1", "localhost"),
      events: ["claim.created"],
    });
    const before = bench.receiver.received.length;
    await newClaim(ws);
    const [row] = await deliveriesOf(endpoint.id);
    const tried = await eventually(async () => (await delivery(row!.id)).log[0], "a first try");
    expect(tried).toMatchObject({
      httpStatus: null,
      response: null,
      error: expect.stringMatching(/private network address/),
    });
    expect(bench.receiver.received.length).toBe(before);
  });

  it("a replay is a new delivery with the same message id and body, signed anew", async () => {
    const ws = await createWorkspaceWithMembers();
    const endpoint = await register(ws, { events: ["claim.created"] });
    await newClaim(ws);
    const [original] = await deliveriesOf(endpoint.id);
    await bench.receiver.waitFor(byId(original!.messageId));
    const replay = await replayWebhookDelivery(ws.actors.ADMIN, original!.id);
    const row = await eventually(
      async () => ((await delivery(replay.id)).status === "DELIVERED" ? delivery(replay.id) : null),
      "the replay DELIVERED",
    );
    expect(row).toMatchObject({ messageId: original!.messageId, replayOfId: original!.id, payload: original!.payload });
    const hooks = bench.receiver.received.filter(byId(original!.messageId));
    expect(hooks).toHaveLength(2);
    expect(hooks[1]!.body).toBe(hooks[0]!.body);
    expect(new Webhook(endpoint.secret).verify(hooks[1]!.body, hooks[1]!.headers)).toBeTruthy();
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { workspaceId: ws.workspace.id, action: "webhook_delivery.replayed", entityId: replay.id },
    });
    expect(audit).toMatchObject({
      actorId: ws.users.ADMIN.id,
      after: { replayOf: original!.id, messageId: original!.messageId },
    });

    const outsider = await createWorkspaceWithMembers();
    await expect(replayWebhookDelivery(outsider.actors.ADMIN, original!.id)).rejects.toThrow(NotFoundError);
    await expect(replayWebhookDelivery(ws.actors.REVIEWER, original!.id)).rejects.toThrow(ForbiddenError);
    expect(await deliveriesOf(endpoint.id)).toHaveLength(2);
  });
});

/** The sweep reads the whole table, which other test files fill at once: its runs here happen at a moment of their own, far ahead. */
const SWEEP_TIME = new Date("2100-01-01T00:00:00Z");

describe("webhooks.sweep", () => {
  it("enqueues a delivery left PENDING for over a minute (a crash before enqueue), once; a fresh one is left to its own enqueue", async () => {
    const ws = await createWorkspaceWithMembers();
    const endpoint = await register(ws, { events: ["claim.created"] });
    const write = () =>
      db.$transaction((tx) =>
        writeDeliveries(
          tx,
          ws.workspace.id,
          "claim.created",
          { type: "claim.created", timestamp: new Date().toISOString(), data: { swept: true } },
          [endpoint.id],
        ),
      );
    const [stale] = await write();
    const [fresh] = await write();
    await db.webhookDelivery.update({
      where: { id: stale },
      data: { createdAt: new Date(SWEEP_TIME.getTime() - 2 * 60_000) },
    });
    await db.webhookDelivery.update({
      where: { id: fresh },
      data: { createdAt: new Date(SWEEP_TIME.getTime() - 10_000) },
    });

    expect(await sweepUndeliveredWebhooks(SWEEP_TIME)).toBe(1);
    const swept = await delivery(stale!);
    await bench.receiver.waitFor(byId(swept.messageId));
    await eventually(async () => (await delivery(stale!)).status === "DELIVERED", "the swept delivery DELIVERED");
    expect((await delivery(fresh!)).attempts).toBe(0);
  });
});
