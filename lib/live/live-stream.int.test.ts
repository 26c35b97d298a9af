/**
 * Live streams against a real database, with two hubs standing in for two app
 * instances: fan-out across instances, topic filtering, refetch on connect and
 * on reconnect, the LISTEN connection's catch-up after a loss, presence, and
 * the authorization of streams.
 */
import { afterAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createReply } from "@/lib/annotations/create-reply";
import { createClaim } from "@/lib/claims/create-claim";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";
import { LiveHub } from "@/lib/live/live-hub";
import { PgListener } from "@/lib/live/pg-listener";
import { openLiveStream } from "@/lib/live/open-live-stream";
import { readLiveSince } from "@/lib/live/read-live-since";
import { createArticle, createWorkspaceWithMembers, type TestWorkspace } from "@/prisma/factories";
import { approvedVerdict } from "@/test/support/report-world";
import { sseReader, type SseEvent } from "@/test/sse-reader";
import type { Actor } from "@/lib/policy/actor";

const TEXT = "Officials said at least 12 people were killed on Tuesday.\n\nThe mayor promised 40 million euros.";

const hubs: LiveHub[] = [];
function newHub(options: { minBackoffMs?: number } = {}) {
  let listener: PgListener | undefined;
  const hub = new LiveHub({
    connectionString: process.env.DATABASE_URL!,
    createListener: (o) => (listener = new PgListener({ ...o, ...options })),
    log: () => {},
  });
  hubs.push(hub);
  return { hub, listener: () => listener! };
}
const instanceA = newHub().hub;
const instanceB = newHub().hub;
afterAll(async () => {
  await Promise.all(hubs.map((hub) => hub.close()));
});

async function articleIn(ws: TestWorkspace) {
  return createArticle(ws.actors.EDITOR, { text: TEXT });
}

async function annotate(
  actor: Actor,
  article: { id: string },
  version: { id: string },
  phrase = "at least 12 people were killed",
  kind: "NOTE" | "CLAIM" = "NOTE",
) {
  const start = TEXT.indexOf(phrase);
  return createAnnotation(actor, {
    articleId: article.id,
    versionId: version.id,
    start,
    end: start + phrase.length,
    exact: phrase,
    kind,
    body: "",
    tags: [],
  });
}

async function open(
  actor: Actor,
  request: { topics: string[]; presence?: boolean; since?: number | null; resume?: boolean },
  hub = instanceB,
) {
  const controller = new AbortController();
  const stream = await openLiveStream(
    actor,
    { presence: false, since: null, resume: false, ...request },
    { hub, signal: controller.signal },
  );
  const reader = sseReader(stream);
  return { ...reader, abort: () => controller.abort() };
}

describe("fan-out across instances", () => {
  it("a change committed through one instance reaches a stream on another within a second", async () => {
    const ws = await createWorkspaceWithMembers();
    const { article, version } = await articleIn(ws);
    const other = await articleIn(ws);
    const reader = await open(ws.actors.VIEWER, { topics: [`article:${article.id}`] });
    const otherReader = await open(ws.actors.VIEWER, { topics: [`article:${other.article.id}`] }, instanceA);
    expect((await reader.until("ready")).map((e) => e.event)).toEqual(["ready"]);
    await otherReader.until("ready");

    const started = Date.now();
    const annotation = await annotate(ws.actors.EDITOR, article, version); // "instance A" is whoever runs the use case
    const change = await reader.next(1_000);
    const latency = Date.now() - started;
    expect(change.event).toBe("change");
    expect(JSON.parse(change.data)).toEqual({
      seq: change.id,
      entityType: "Annotation",
      entityId: annotation.id,
      topics: [`article:${article.id}`],
      actorId: ws.actors.EDITOR.userId,
    });
    expect(latency).toBeLessThan(1_000);
    expect(await otherReader.within(300)).toEqual([]); // another article's reader hears nothing

    const reply = await createReply(ws.actors.EDITOR, { annotationId: annotation.id, body: "Which police report?" });
    expect(JSON.parse((await reader.next(1_000)).data)).toMatchObject({ entityType: "Reply", entityId: reply.id });
    reader.abort();
    otherReader.abort();
  });

  it("verdict changes and review decisions reach the claim page and the review queue", async () => {
    const ws = await createWorkspaceWithMembers();
    const { article, version } = await articleIn(ws);
    const annotation = await annotate(ws.actors.EDITOR, article, version, "at least 12 people were killed", "CLAIM");
    const claim = await createClaim(
      ws.actors.EDITOR,
      CreateClaimInputSchema.parse({ annotationId: annotation.id, statement: "At least 12 people were killed" }),
    );
    const claimPage = await open(ws.actors.EDITOR, { topics: [`claim:${claim.id}`] });
    const queue = await open(ws.actors.REVIEWER, { topics: ["review"] }, instanceA);
    await claimPage.until("ready");
    await queue.until("ready");

    const verdict = await approvedVerdict(ws, claim.id, {
      ratingKey: "MOSTLY_ACCURATE",
      summary: "The police report confirms twelve deaths.",
    });
    for (const stream of [claimPage, queue]) {
      // (the claim's own notification may still arrive: it was created just before the streams opened)
      const events: SseEvent[] = [];
      while (events.length < 3) {
        const event = await stream.next(1_000);
        if (JSON.parse(event.data).entityType === "Verdict") events.push(event);
      }
      expect(events.map((e) => JSON.parse(e.data).entityId)).toEqual([verdict.id, verdict.id, verdict.id]);
      expect(Number(events[2]!.id)).toBeGreaterThan(Number(events[0]!.id));
    }
    claimPage.abort();
    queue.abort();
  });

  it("never carries one workspace's changes to another's streams", async () => {
    const ws = await createWorkspaceWithMembers();
    const outsiderWs = await createWorkspaceWithMembers();
    const { article, version } = await articleIn(ws);
    const theirs = await articleIn(outsiderWs);
    const outsider = await open(outsiderWs.actors.ADMIN, { topics: [`article:${theirs.article.id}`, "review"] });
    await outsider.until("ready");
    await annotate(ws.actors.EDITOR, article, version);
    expect(await outsider.within(400)).toEqual([]);
    outsider.abort();
  });
});

describe("authorization", () => {
  it("refuses another workspace's article or claim as not found, the review queue to viewers, and bad topics", async () => {
    const ws = await createWorkspaceWithMembers();
    const outsiderWs = await createWorkspaceWithMembers();
    const { article } = await articleIn(ws);
    const before = instanceB.subscriberCount;
    await expect(open(outsiderWs.actors.ADMIN, { topics: [`article:${article.id}`] })).rejects.toThrow(NotFoundError);
    await expect(open(outsiderWs.actors.ADMIN, { topics: ["claim:doesnotexist"] })).rejects.toThrow(NotFoundError);
    await expect(open(ws.actors.VIEWER, { topics: ["review"] })).rejects.toThrow(ForbiddenError);
    await expect(open(ws.actors.VIEWER, { topics: ["workspace:everything"] })).rejects.toThrow(ZodError);
    await expect(
      open(ws.actors.VIEWER, { topics: ["review", `article:${article.id}`], presence: true }),
    ).rejects.toThrow(ForbiddenError);
    expect(instanceB.subscriberCount).toBe(before); // nothing left subscribed
  });
});

describe("closing", () => {
  it("a client gone while its stream was being set up leaves nothing subscribed", async () => {
    const ws = await createWorkspaceWithMembers();
    const { article } = await articleIn(ws);
    let entered = false;
    let listening!: () => void;
    const gate = new Promise<void>((resolve) => (listening = resolve));
    const slowHub = new LiveHub({
      connectionString: "postgresql://unused",
      createListener: () => ({
        start() {},
        whenListening: () => ((entered = true), gate),
        notify: async () => true,
        stop: async () => {},
      }),
    });
    const controller = new AbortController();
    const opening = openLiveStream(
      ws.actors.VIEWER,
      { topics: [`article:${article.id}`], presence: true, since: null, resume: false },
      { hub: slowHub, signal: controller.signal },
    );
    await expect.poll(() => entered).toBe(true);
    controller.abort();
    listening();
    await opening;
    expect(slowHub.subscriberCount).toBe(0);
    await slowHub.close();
  });
});

describe("refetch on connect and reconnect", () => {
  it("tells a reconnecting stream (Last-Event-ID) to refetch before it is ready", async () => {
    const ws = await createWorkspaceWithMembers();
    const { article } = await articleIn(ws);
    const reader = await open(ws.actors.VIEWER, { topics: [`article:${article.id}`], resume: true });
    expect((await reader.until("ready")).map((e) => e.event)).toEqual(["resync", "ready"]);
    reader.abort();
  });

  it("tells a new stream to refetch when its page's topics changed after (or just before) the page read its data", async () => {
    const ws = await createWorkspaceWithMembers();
    const { article, version } = await articleIn(ws);
    const quiet = await articleIn(ws);
    const since = await readLiveSince();
    await annotate(ws.actors.EDITOR, article, version); // commits between the page's read and its stream

    const changed = await open(ws.actors.VIEWER, { topics: [`article:${article.id}`], since });
    // (the annotation's own notification may still be on its way and arrive as a change too)
    expect((await changed.until("ready")).map((e) => e.event).filter((e) => e !== "change")).toEqual([
      "resync",
      "ready",
    ]);
    const unchanged = await open(ws.actors.VIEWER, { topics: [`article:${quiet.article.id}`], since });
    expect((await unchanged.until("ready")).map((e) => e.event)).toEqual(["ready"]);
    changed.abort();
    unchanged.abort();
  });

  it("after the LISTEN connection is lost, streams whose topics changed meanwhile refetch, and events flow again", async () => {
    const ws = await createWorkspaceWithMembers();
    const { article, version } = await articleIn(ws);
    const { hub, listener } = newHub({ minBackoffMs: 2_000 }); // reconnects after 1-2 s: the change below commits during the gap;
    const reader = await open(ws.actors.VIEWER, { topics: [`article:${article.id}`] }, hub);
    await reader.until("ready");

    const pid = await listener().backendPid();
    await db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    await annotate(ws.actors.EDITOR, article, version); // commits while nobody on that instance listens
    expect((await reader.next(5_000)).event).toBe("resync");

    const second = await annotate(ws.actors.EDITOR, article, version, "40 million euros");
    expect(JSON.parse((await reader.next(1_000)).data)).toMatchObject({
      entityType: "Annotation",
      entityId: second.id,
    });
    reader.abort();
  });
});

describe("presence", () => {
  it("shows viewers on two instances to each other, and drops one who leaves", async () => {
    const ws = await createWorkspaceWithMembers();
    const { article } = await articleIn(ws);
    const topics = [`article:${article.id}`];
    const ana = await open(ws.actors.EDITOR, { topics, presence: true }, instanceA);
    expect((await ana.until("ready")).map((e) => [e.event, e.data])).toContainEqual([
      "presence",
      JSON.stringify({ viewers: [] }),
    ]);
    const ben = await open(ws.actors.VIEWER, { topics, presence: true }, instanceB);

    const names = (data: string) => (JSON.parse(data) as { viewers: { name: string }[] }).viewers.map((v) => v.name);
    const editorName = ws.users.EDITOR.name;
    const viewerName = ws.users.VIEWER.name;
    await expect.poll(async () => names((await ana.next(1_000)).data), { timeout: 2_000 }).toEqual([viewerName]);
    const benEvents = await ben.until("ready");
    const benLatest = async () => {
      const presence = [...benEvents, ...(await ben.within(300))].filter((e) => e.event === "presence");
      return names(presence.at(-1)!.data);
    };
    expect(await benLatest()).toEqual([editorName]);

    const beforeLeave = instanceB.subscriberCount;
    ben.abort();
    expect(instanceB.subscriberCount).toBe(beforeLeave - 1);
    await expect.poll(async () => names((await ana.next(1_000)).data), { timeout: 2_000 }).toEqual([]);
    ana.abort();
  });
});
