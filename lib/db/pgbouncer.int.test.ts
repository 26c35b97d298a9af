/**
 * Factdesk behind a real PgBouncer in transaction pooling mode (README:
 * Operations, several instances): DATABASE_URL goes through it, with only two
 * server connections for every client; DIRECT_DATABASE_URL goes straight to
 * PostgreSQL for what needs a session of its own (lib/env.ts directDatabaseUrl).
 * A wire recorder between the app and PgBouncer sees every byte the app sends
 * through the pooler, so the file can prove that nothing there prepares a named
 * statement and that the LISTEN connection does not come that way.
 *
 * Needs the `pgbouncer` binary: skipped without it on a developer's machine,
 * failed without it in CI (CI=true), which must install it (.ci/run).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { createArticle } from "@/lib/articles/create-article";
import { ArticleMetadataSchema } from "@/lib/articles/schemas";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createClaim } from "@/lib/claims/create-claim";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";
import { verifyChain } from "@/lib/audit/verify-chain";
import { liveHub } from "@/lib/live/live-hub";
import { openLiveStream } from "@/lib/live/open-live-stream";
import { recordSignInFailure, signInWaitSeconds } from "@/lib/auth/sign-in-limits";
import { checkReadiness } from "@/lib/ops/readiness";
import { createBoss, installJobSchema } from "@/lib/jobs/job-boss";
import { createWorkspaceWithMembers, uniqueEmail, uniqueSuffix, type TestWorkspace } from "@/prisma/factories";
import { approvedVerdict } from "@/test/support/report-world";
import { INSTALL_HINT, findPgBouncer, startPgBouncer, type PgBouncer } from "@/test/pgbouncer/pgbouncer-process";
import { startWireRecorder, type WireRecorder } from "@/test/pgbouncer/wire-recorder";
import { sseReader } from "@/test/sse-reader";
import type { Actor } from "@/lib/policy/actor";

const SERVER_CONNECTIONS = 2; // PgBouncer's pool: fewer than the app's own pool (DATABASE_POOL_SIZE=4 in tests)
const WORKSPACES = 2;
const STORIES_PER_WORKSPACE = 2;
const TEXT = "Officials said at least 12 people were killed on Tuesday.\n\nThe mayor promised 40 million euros.";
const PHRASE = "at least 12 people were killed";

const binary = findPgBouncer();
const inCi = process.env.CI === "true";
if (!binary && !inCi) console.warn(`SKIPPED lib/db/pgbouncer.int.test.ts: no pgbouncer binary; ${INSTALL_HINT}`);

describe.runIf(!binary && inCi)("PgBouncer in CI", () => {
  it("is installed (a plain clone skips this file; CI must not)", () => {
    expect.fail(`CI=true, but the pgbouncer binary is missing: CI must install it (.ci/run); ${INSTALL_HINT}`);
  });
});

describe.skipIf(!binary)("behind a transaction-pooling PgBouncer", () => {
  const directUrl = inject("databaseUrl");
  let bouncer: PgBouncer | undefined;
  let recorder: WireRecorder | undefined;

  beforeAll(async () => {
    bouncer = await startPgBouncer(binary!, directUrl, { poolSize: SERVER_CONNECTIONS });
    recorder = await startWireRecorder(bouncer.port);
    // Before anything in this file touched the database (lib/env.ts reads the environment on first use):
    await disconnectDb();
    process.env.DATABASE_URL = onPort(bouncer.url, recorder.port);
    process.env.DIRECT_DATABASE_URL = directUrl;
  });

  afterAll(async () => {
    if (bouncer) await liveHub().close();
    await disconnectDb();
    await recorder?.stop();
    await bouncer?.stop();
  });

  /** Names of the statements prepared under a name through the pooler (each would outlive its transaction). */
  const namedThroughPooler = () => recorder!.parses.filter((p) => p.name !== "").map((p) => p.name);
  const applicationsThroughPooler = () => new Set(recorder!.startups.map((s) => s.application_name ?? "(none)"));

  it("runs use cases with interactive transactions from several callers at once: workspaces, articles, annotations, claims, verdicts", async () => {
    const parsesBefore = recorder!.parses.length;
    const workspaces = await Promise.all(Array.from({ length: WORKSPACES }, () => createWorkspaceWithMembers()));
    const stories = await Promise.all(
      workspaces.flatMap((ws) => Array.from({ length: STORIES_PER_WORKSPACE }, () => factCheckStory(ws))),
    );

    const verdicts = await db.verdict.findMany({
      where: { id: { in: stories.map((s) => s.verdictId) } },
      select: { status: true },
    });
    expect(verdicts.map((v) => v.status)).toEqual(Array(WORKSPACES * STORIES_PER_WORKSPACE).fill("APPROVED"));
    for (const ws of workspaces) {
      // the audit chain (a row lock per workspace, a trigger) stayed whole under concurrent transactions
      const chain = await verifyChain(ws.workspace.id);
      expect(chain.broken).toBeNull();
      expect(chain.eventsVerified).toBeGreaterThanOrEqual(1 + STORIES_PER_WORKSPACE * 6);
    }
    expect(recorder!.parses.length - parsesBefore).toBeGreaterThan(100); // the recorder did see the app's statements
    expect(namedThroughPooler()).toEqual([]);
  });

  it("multiplexes: the app's pool holds more connections than PgBouncer's two server sessions, and each interactive transaction keeps one session", async () => {
    const sessions = await Promise.all(
      Array.from({ length: 8 }, () =>
        db.$transaction(async (tx) => {
          const first = await backendPid(tx);
          await tx.$executeRaw`SELECT pg_sleep(0.02)`; // others interleave meanwhile
          return { first, last: await backendPid(tx) };
        }),
      ),
    );
    for (const { first, last } of sessions) expect(last).toBe(first);
    expect(new Set(sessions.map((s) => s.first)).size).toBeLessThanOrEqual(SERVER_CONNECTIONS);

    const pools = await bouncer!.admin<PoolRow>("SHOW POOLS");
    const pool = pools.find((p) => p.database === new URL(directUrl).pathname.slice(1))!;
    expect(pool.pool_mode).toBe("transaction");
    expect(Number(pool.cl_active) + Number(pool.cl_waiting)).toBeGreaterThanOrEqual(4); // the app pool's connections (and pg-boss's)
    expect(Number(pool.sv_active) + Number(pool.sv_idle) + Number(pool.sv_used)).toBeLessThanOrEqual(
      SERVER_CONNECTIONS,
    );
  });

  it("delivers a live update through the listener on the direct connection while the change commits through PgBouncer", async () => {
    const ws = await createWorkspaceWithMembers();
    const { articleId, versionId } = await newArticle(ws.actors.EDITOR);
    const controller = new AbortController();
    const stream = sseReader(
      await openLiveStream(
        ws.actors.VIEWER,
        { topics: [`article:${articleId}`], presence: false, since: null, resume: false },
        { signal: controller.signal },
      ),
    );
    await stream.until("ready");

    const annotation = await annotate(ws.actors.EDITOR, articleId, versionId);
    const change = await stream.next(5_000);
    controller.abort();
    expect(change.event).toBe("change");
    expect(JSON.parse(change.data)).toMatchObject({ entityType: "Annotation", entityId: annotation.id });
    expect(applicationsThroughPooler()).not.toContain("factdesk-live"); // LISTEN took the direct way (lib/live/pg-listener.ts)
  });

  it("keeps sign-in limits (named prepared statements) on the direct connection, correct under concurrent failures", async () => {
    const client = {
      email: uniqueEmail("pgbouncer"),
      deviceKey: null,
      address: `198.51.100.${1 + (randomBytes(1)[0]! % 250)}`,
    };
    await Promise.all(Array.from({ length: 5 }, () => recordSignInFailure(client)));
    expect(await signInWaitSeconds(client)).toBeGreaterThan(0);
    expect(namedThroughPooler()).toEqual([]);
  });

  it("runs pg-boss (install, send, fetch, complete) and the readiness check through PgBouncer", async () => {
    const pooled = process.env.DATABASE_URL!;
    const schema = `pgboss_b${uniqueSuffix()}`;
    await installJobSchema(pooled, schema);
    const boss = createBoss({ connectionString: pooled, schema, runsJobs: false, poolSize: 2 });
    boss.on("error", () => undefined); // the awaited calls reject
    try {
      await boss.start();
      const id = await boss.send("mail.sweep", {});
      const [job] = await boss.fetch("mail.sweep");
      expect(job?.id).toBe(id);
      await boss.complete("mail.sweep", job!.id);
      expect((await boss.getJobById("mail.sweep", job!.id))?.state).toBe("completed");
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await withDirect((client) => client.query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(schema)} CASCADE`));
    }
    expect(applicationsThroughPooler()).toContain("factdesk-jobs");

    const readiness = await checkReadiness(pooled);
    expect(readiness.checks.filter((c) => c.name !== "jobs")).toEqual([
      { name: "database", ok: true, detail: "answers" },
      expect.objectContaining({ name: "migrations", ok: true }),
    ]);
    expect(namedThroughPooler()).toEqual([]);
  });

  it("(control) the recorder does see a statement prepared under a name", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query({ name: "factdesk_probe", text: "SELECT 1" });
    } finally {
      await client.end();
    }
    expect(namedThroughPooler()).toEqual(["factdesk_probe"]);
  });
});

interface PoolRow {
  database: string;
  pool_mode: string;
  cl_active: string;
  cl_waiting: string;
  sv_active: string;
  sv_idle: string;
  sv_used: string;
}

/** One caller's work, each step a use case with its own interactive transaction. */
async function factCheckStory(ws: TestWorkspace): Promise<{ verdictId: string }> {
  const { articleId, versionId } = await newArticle(ws.actors.EDITOR);
  const annotation = await annotate(ws.actors.EDITOR, articleId, versionId, "CLAIM");
  const claim = await createClaim(
    ws.actors.EDITOR,
    CreateClaimInputSchema.parse({ annotationId: annotation.id, statement: "At least 12 people were killed" }),
  );
  const verdict = await approvedVerdict(ws, claim.id, {
    ratingKey: "MOSTLY_ACCURATE",
    summary: "The police report confirms twelve deaths.",
  });
  return { verdictId: verdict.id };
}

async function newArticle(actor: Actor): Promise<{ articleId: string; versionId: string }> {
  const { id } = await createArticle(actor, {
    text: TEXT,
    metadata: ArticleMetadataSchema.parse({ title: `Pooled ${uniqueSuffix()}` }),
  });
  const version = await db.articleVersion.findFirstOrThrow({ where: { articleId: id }, select: { id: true } });
  return { articleId: id, versionId: version.id };
}

function annotate(actor: Actor, articleId: string, versionId: string, kind: "NOTE" | "CLAIM" = "NOTE") {
  const start = TEXT.indexOf(PHRASE);
  return createAnnotation(actor, {
    articleId,
    versionId,
    start,
    end: start + PHRASE.length,
    exact: PHRASE,
    kind,
    body: "",
    tags: [],
  });
}

async function backendPid(tx: Pick<typeof db, "$queryRaw">): Promise<number> {
  const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  return row!.pid;
}

function onPort(url: string, port: number): string {
  const moved = new URL(url);
  moved.port = String(port);
  return moved.toString();
}

async function withDirect<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DIRECT_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
