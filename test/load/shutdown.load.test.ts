/**
 * Running it in production (lib/ops): the built app (`next start`) with
 * METRICS_TOKEN set, checked from outside.
 * 1. Every answer carries a request id (the client's if plain, else a fresh
 *    one), pages see it (`<meta name="request-id">`), and the server writes
 *    one JSON access log line with it, the route as a template and no cookie.
 * 2. /api/metrics needs the token and serves the request histogram with
 *    templated route labels, the open live streams and the database pool.
 * 3. SIGTERM with 50 live-update streams open and one request in flight (its
 *    body still arriving): every stream ends at once with a word of why, the
 *    request completes, and the process exits (143) well inside the 10 s an
 *    orchestrator waits before SIGKILL. The time taken is a figure, not a check.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNextApp, type NextApp } from "@/bench/support/next-app";
import { provideTestDatabase, type TestDatabase } from "@/scripts/test-db";
import { db, disconnectDb } from "@/lib/db/client";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createArticle, createUser, createWorkspaceWithMembers } from "@/prisma/factories";
import { signIn } from "@/e2e/support/authz/http";
import { onCleanup } from "./support/cleanup";
import { ServerLog } from "./support/server-log";
import { recordFigures } from "./support/figures";

const STREAMS = 50;
const PASSWORD = "shutdown-load-password";
const METRICS_TOKEN = "load-test-metrics-token-0123456789";
/** an orchestrator's usual grace period before SIGKILL (Kubernetes: 30 s by default, many set 10) */
const GRACE_MS = 10_000;

interface World {
  slug: string;
  articleId: string;
  cookie: string;
  apiToken: string;
}

interface OpenStream {
  ready: Promise<void>;
  /** the whole text received, once the server ended the stream */
  ended: Promise<{ text: string; at: number }>;
}

describe(`production operations: request ids, access log, metrics, and SIGTERM with ${STREAMS} live streams`, () => {
  let database: TestDatabase | undefined;
  let app: NextApp;
  const log = new ServerLog("shutdown-app");
  const output = { text: "" }; // what the server printed, searched for access log lines
  let world: World;

  beforeAll(async () => {
    database = await provideTestDatabase();
    onCleanup(database.stop);
    process.env.DATABASE_URL = database.url;
    const { workspace, actors } = await createWorkspaceWithMembers({ name: "Shutdown desk" });
    const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
    const article = await createArticle({ workspaceId: workspace.id, userId: editor.id }, { title: "Flood" });
    const token = await createApiToken(actors.ADMIN, { name: "shutdown load test", role: "EDITOR" });
    app = await startNextApp({
      databaseUrl: database.url,
      env: { METRICS_TOKEN, LOG_LEVEL: "info" },
      onOutput: (chunk) => (log.append(chunk), (output.text += chunk)),
    });
    onCleanup(app.stop);
    world = {
      slug: workspace.slug,
      articleId: article.article.id,
      cookie: await signIn(app.baseUrl, editor.email, PASSWORD),
      apiToken: token.secret,
    };
  });

  afterAll(async () => {
    await app?.stop();
    log.save();
    await disconnectDb();
    await database?.stop();
  });

  it("request ids: kept when plain, replaced when not, seen by the page, and in one access log line without the cookie", async () => {
    const path = `/w/${world.slug}/articles/${world.articleId}`;
    const page = await fetch(`${app.baseUrl}${path}?q=secret-query`, {
      headers: { cookie: world.cookie, "x-request-id": "load-test:page-1" },
    });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get("x-request-id")).toBe("load-test:page-1");
    expect(html).toContain('<meta name="request-id" content="load-test:page-1"/>');

    const refused = await fetch(`${app.baseUrl}/api/health/live`, { headers: { "x-request-id": "two words" } });
    expect(refused.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);

    const line = await accessLogLine(output, "load-test:page-1");
    expect(line).toMatchObject({
      component: "http",
      method: "GET",
      route: "/w/:slug/articles/:id",
      path,
      status: 200,
      requestId: "load-test:page-1",
      aborted: false,
    });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(line.bytes).toBeGreaterThan(0); // on the wire: compressed, so fewer than the HTML's
    const raw = JSON.stringify(line);
    expect(raw).not.toContain("secret-query");
    expect(raw).not.toContain(world.cookie.split("=")[1]!.slice(0, 20));
  });

  it("/api/metrics: 401 without the token or with another, the http histogram with templated routes with it", async () => {
    expect((await fetch(`${app.baseUrl}/api/metrics`)).status).toBe(401);
    expect(
      (
        await fetch(`${app.baseUrl}/api/metrics`, {
          headers: { authorization: "Bearer not-the-metrics-token-0123456789" },
        })
      ).status,
    ).toBe(401);
    expect((await fetch(`${app.baseUrl}/api/metrics`, { headers: { cookie: world.cookie } })).status).toBe(401);
    expect(
      (await fetch(`${app.baseUrl}/api/metrics`, { headers: { authorization: `Bearer ${world.apiToken}` } })).status,
    ).toBe(401);

    const text = await metrics(app);
    expect(text).toMatch(
      /factdesk_http_request_duration_seconds_bucket\{[^}]*route="\/w\/:slug\/articles\/:id"[^}]*\} [1-9]/,
    );
    expect(text).toMatch(
      /factdesk_http_requests_total\{method="GET",route="\/w\/:slug\/articles\/:id",status="200"\} [1-9]/,
    );
    expect(text).not.toContain(world.articleId);
    expect(text).not.toContain(world.slug);
    expect(text).toMatch(/^factdesk_db_pool_connections [1-9]/m);
    expect(text).toMatch(/^factdesk_live_connections 0$/m);
  });

  it(`SIGTERM: ${STREAMS} streams end, the request in flight completes, the process exits well inside ${GRACE_MS / 1000} s`, async () => {
    // the API route warmed up first, so the figure is the shutdown's, not a first request's
    const warmUp = await createArticleThroughApi(app, world, JSON.stringify(ARTICLE), "load-test:warm-up");
    expect(warmUp.status, JSON.stringify(warmUp.body)).toBe(201);
    const streams = Array.from({ length: STREAMS }, () => openStream(app, world));
    await Promise.all(streams.map((s) => s.ready));
    expect(await metrics(app)).toMatch(new RegExp(`^factdesk_live_connections ${STREAMS}$`, "m"));

    // a request in flight: its body arrives in two parts, the second only after the signal
    const upload = trickledUpload();
    const inFlight = createArticleThroughApi(app, world, upload.body, "load-test:in-flight");
    await upload.firstPartSent;
    await new Promise((resolve) => setTimeout(resolve, 300)); // the server has the request's head by now

    const signalledAt = performance.now();
    process.kill(app.pid, "SIGTERM");
    const ended = await Promise.all(streams.map((s) => s.ended));
    const streamsEndedAt = Math.max(...ended.map((e) => e.at));
    upload.sendTheRest();
    const answer = await inFlight;
    const exit = await app.exited;
    const exitedAt = performance.now();

    expect(ended.filter((e) => !e.text.includes(": server shutting down")).length).toBe(0);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(await db.article.count({ where: { id: answer.body.id! } })).toBe(1);
    expect(exit.code === 143 || exit.code === 0 || exit.signal === "SIGTERM", JSON.stringify(exit)).toBe(true);
    expect(exitedAt - signalledAt).toBeLessThan(GRACE_MS);
    const inFlightLine = await accessLogLine(output, "load-test:in-flight");
    expect(inFlightLine.status).toBe(201);

    const figures = {
      streams: STREAMS,
      streamsEndedMs: Math.round(streamsEndedAt - signalledAt),
      exitMs: Math.round(exitedAt - signalledAt),
      inFlightRequestMs: inFlightLine.durationMs,
      exit,
      note: "exitMs includes the in-flight request, whose second half of the body the test sends only after every stream has ended",
    };
    recordFigures("shutdown", figures);
    console.log(
      `shutdown with ${STREAMS} live streams and one request in flight: streams ended after ${figures.streamsEndedMs} ms, process exited after ${figures.exitMs} ms (${JSON.stringify(exit)})`,
    );
  });
});

/** A live-update stream as the article page opens it; `ready` once the server said so, `ended` when the server ends it. */
function openStream(app: NextApp, world: World): OpenStream {
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const ended = (async () => {
    const response = await fetch(`${app.baseUrl}/api/live/${world.slug}?topic=article:${world.articleId}`, {
      headers: { cookie: world.cookie, accept: "text/event-stream" },
    });
    if (response.status !== 200) throw new Error(`live stream: ${response.status} ${await response.text()}`);
    const decoder = new TextDecoder();
    let text = "";
    const reader = response.body!.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      text += decoder.decode(read.value, { stream: true });
      if (text.includes("event: ready")) markReady();
    }
    return { text, at: performance.now() };
  })();
  ended.catch(() => markReady()); // a failed stream fails the test through `ended`, not by hanging `ready`
  return { ready, ended };
}

const ARTICLE = {
  format: "text",
  content: "Dam holds\n\nThe old dam held through the night, officials said.",
  outlet: "Shutdown Wire",
};

function createArticleThroughApi(
  app: NextApp,
  world: World,
  body: string | ReadableStream<Uint8Array>,
  requestId: string,
): Promise<{ status: number; body: { id?: string } }> {
  return fetch(`${app.baseUrl}/api/v1/articles`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${world.apiToken}`,
      "content-type": "application/json",
      "x-request-id": requestId,
    },
    body,
    duplex: "half", // a body that is a stream
  } as RequestInit).then(async (response) => ({
    status: response.status,
    body: (await response.json()) as { id?: string },
  }));
}

/** A JSON body sent in two parts: the first at once, the rest when the test says. */
function trickledUpload(): { body: ReadableStream<Uint8Array>; firstPartSent: Promise<void>; sendTheRest: () => void } {
  const json = JSON.stringify(ARTICLE);
  const encoder = new TextEncoder();
  let sendTheRest = () => {};
  let firstPartSent = () => {};
  const sent = new Promise<void>((resolve) => (firstPartSent = resolve));
  const rest = new Promise<void>((resolve) => (sendTheRest = resolve));
  let part = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      part++;
      if (part === 1) controller.enqueue(encoder.encode(json.slice(0, 20)));
      else if (part === 2) {
        firstPartSent();
        await rest;
        controller.enqueue(encoder.encode(json.slice(20)));
      } else controller.close();
    },
  });
  return { body, firstPartSent: sent, sendTheRest };
}

async function metrics(app: NextApp): Promise<string> {
  const response = await fetch(`${app.baseUrl}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(response.status).toBe(200);
  return response.text();
}

/** The server's access log line of one request (JSON on stdout), waiting briefly: it is written when the response has ended. */
async function accessLogLine(
  output: { text: string },
  requestId: string,
): Promise<Record<string, unknown> & { durationMs?: unknown; bytes?: number; status?: number }> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const lines = output.text.split("\n").filter((l) => l.startsWith("{") && l.includes(`"requestId":"${requestId}"`));
    const found = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.component === "http");
    if (found.length > 1) throw new Error(`${found.length} access log lines for ${requestId}: one expected`);
    if (found.length === 1) return found[0]!;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no access log line for ${requestId}`);
}
