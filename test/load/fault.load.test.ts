/**
 * Fault: PostgreSQL crashes under load and comes back. The app runs on a
 * private PostgreSQL (never the machine's shared one); during a 30 s load run,
 * write transactions are caught mid-way (their rows written, not committed),
 * then the server is killed (immediate shutdown, as in a crash) for 5 s and
 * started again. Checks: while it is down every answer is a 503 with
 * Retry-After (no 500, no hang); the app recovers by itself; no acknowledged
 * write is lost; interrupted transactions left nothing behind, including an
 * article version import that re-anchors 2,000 annotations in one transaction.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNextApp, type NextApp } from "@/bench/support/next-app";
import { disconnectDb } from "@/lib/db/client";
import { translateDatabaseError } from "@/lib/db/errors";
import { ServiceUnavailableError } from "@/lib/errors";
import { importArticleVersion } from "@/lib/articles/import-article-version";
import { installJobHandlers } from "@/lib/worker/install-job-handlers";
import { seeded } from "@/bench/support/seeded-random";
import { onCleanup } from "./support/cleanup";
import { ServerLog } from "./support/server-log";
import { recordFigures } from "./support/figures";
import { startPrivatePostgres, type RestartablePostgres } from "./support/private-postgres";
import {
  lastAuditSeq,
  seedAnnotatedArticle,
  seedLoadWorld,
  type LoadArticle,
  type LoadWorld,
} from "./support/load-world";
import { inspectDatabase, type DatabaseReport } from "./support/audit-check";
import { loadFigures, runLoad, unacknowledgedWriteAttempts, type LoadFigures, type LoadRun } from "./support/run-load";
import { NO_RESPONSE, TIMED_OUT, statusCounts, type Sample } from "./support/recorder";

const EDITORS = Number(process.env.LOAD_EDITORS ?? 50);
const SECONDS = Number(process.env.FAULT_SECONDS ?? 30);
const OUTAGE_STARTS_AFTER_MS = 8_000;
const OUTAGE_MS = 5_000;
/** how soon after PostgreSQL is back the app must answer again without help */
const RECOVERY_BOUND_MS = 10_000;
const IMPORT_ANNOTATIONS = 2_000;
/** the test process's own connections (the import under test), told apart from the app's in pg_stat_activity */
const TEST_APPLICATION_NAME = "factdesk-load-test";

interface Outage {
  /** performance.now() marks: audit table locked, crash requested, postmaster gone, restart requested, accepting connections, first 2xx from the app */
  lockedAt: number;
  crashAt: number;
  downAt: number;
  restartAt: number;
  upAt: number;
  recoveredAt: number;
  /** app write transactions waiting to commit (rows written) when the server died */
  writesCaughtMidTransaction: number;
  /** whether the import had written its new version, past anchors and re-anchored annotations, uncommitted, when the server died */
  importCaughtMidTransaction: boolean;
  importError: unknown;
  /** a page (not the API) asked for while PostgreSQL was down, and again after recovery */
  pageWhileDown: { status: number; retryAfter: string | null; body: string };
  pageAfterRecovery: number;
}

describe(`fault: PostgreSQL crashes for ${OUTAGE_MS / 1000} s under load (${EDITORS} editors, ${SECONDS} s)`, () => {
  const log = new ServerLog("fault-app");
  let server: RestartablePostgres | undefined;
  let app: NextApp | undefined;
  let world: LoadWorld;
  let bigArticle: LoadArticle;
  let probeToken: string;
  let run: LoadRun;
  let outage: Outage;
  let figures: LoadFigures;
  let report: DatabaseReport;
  let afterCrash: ImportState;
  let afterRetry: ImportState & { result: Awaited<ReturnType<typeof importArticleVersion>> };

  beforeAll(async () => {
    server = await startPrivatePostgres();
    onCleanup(server.stop);
    process.env.DATABASE_URL = withApplicationName(server.url, TEST_APPLICATION_NAME);
    installJobHandlers(); // the import below runs in this process, without a job runner: its detection runs inline
    world = await seedLoadWorld(EDITORS + 1);
    probeToken = world.editors.pop()!.token;
    bigArticle = await seedAnnotatedArticle(world, IMPORT_ANNOTATIONS, seeded(7));
    world.baselineSeq = await lastAuditSeq();
    app = await startNextApp({ databaseUrl: server.url, onOutput: log.append });
    onCleanup(app.stop);

    run = await runLoad({
      baseUrls: [app.baseUrl],
      world,
      durationMs: SECONDS * 1000,
      seed: 2,
      during: () => crashAndRestart(),
    });
    const sinceStart = (at: number) => Math.round(at - run.startedAt) / 1000;
    figures = loadFigures(run);
    afterCrash = await importState(server.url, bigArticle.id);
    report = await inspectDatabase(server.url, world.workspaceId, world.baselineSeq, run.recorder.acks);
    // the same import again, with the database up: all of it this time
    const result = await importArticleVersion(world.admin, bigArticle.id, changedText(bigArticle.text));
    afterRetry = { ...(await importState(server.url, bigArticle.id)), result };

    const during = samplesDuringOutage();
    recordFigures("fault", {
      editors: EDITORS,
      ...figures,
      outage: {
        timelineSeconds: Object.fromEntries(
          (["lockedAt", "crashAt", "downAt", "restartAt", "upAt", "recoveredAt"] as const).map((mark) => [
            mark,
            sinceStart(outage[mark]),
          ]),
        ),
        postgresDownMs: Math.round(outage.upAt - outage.downAt),
        answersWhileDown: during.length,
        answered503WhileDown: during.filter((s) => s.status === 503).length,
        statusesWhileDown: statusCounts(during),
        writesCaughtMidTransaction: outage.writesCaughtMidTransaction,
        recoveryAfterPostgresUpMs: Math.round(outage.recoveredAt - outage.upAt),
        firstAcknowledgedWriteAfterPostgresUpMs: Math.round(
          (run.recorder.acks.find((a) => a.at > outage.upAt)?.at ?? Number.NaN) - outage.upAt,
        ),
        unacknowledgedWriteAttempts: unacknowledgedWriteAttempts(run),
        // answered 503 (the read-back for the answer failed) although the write had committed: whole, and audited
        committedWritesAnswered503: report.unexplainedAuditEvents,
      },
      database: report.counts,
    });
  });

  afterAll(async () => {
    await app?.stop();
    log.save();
    await disconnectDb();
    await server?.stop();
  });

  /** Runs beside the editors: catches write transactions mid-way, crashes PostgreSQL, restarts it, and waits for the app to answer again. */
  async function crashAndRestart(): Promise<void> {
    await sleep(OUTAGE_STARTS_AFTER_MS);
    // Hold the audit table: every write transaction (the app's and the import's) stops at its audit
    // insert with its other rows already written, and is still open when the server dies.
    const locker = new pg.Client({ connectionString: server!.url });
    locker.on("error", () => undefined); // it dies with the server, on purpose
    await locker.connect();
    await locker.query(`BEGIN; LOCK TABLE "AuditEvent" IN SHARE ROW EXCLUSIVE MODE`);
    const lockedAt = performance.now();
    const importing = importArticleVersion(world.admin, bigArticle.id, changedText(bigArticle.text)).then(
      () => null,
      (error: unknown) => error,
    );
    const { importWaiting: importCaughtMidTransaction, appWaiting: writesCaughtMidTransaction } =
      await waitForBlockedWrites();

    const crashAt = performance.now();
    await server!.crash();
    const downAt = performance.now();
    const importError = await importing;
    await sleep(OUTAGE_MS - 1_500 - (performance.now() - downAt));
    const page = await fetch(`${app!.baseUrl}/signin`, { signal: AbortSignal.timeout(5_000) });
    const pageWhileDown = { status: page.status, retryAfter: page.headers.get("retry-after"), body: await page.text() };
    await sleep(OUTAGE_MS - (performance.now() - downAt));
    const restartAt = performance.now();
    await server!.start();
    const upAt = performance.now();
    const recoveredAt = await firstSuccess();
    // pages come back at the app's next recovery check (one a second, lib/db/availability.ts)
    const pageAfterRecovery = await pageStatusOnceBack(`${app!.baseUrl}/signin`);
    outage = {
      lockedAt,
      crashAt,
      downAt,
      restartAt,
      upAt,
      recoveredAt,
      writesCaughtMidTransaction,
      importCaughtMidTransaction,
      importError,
      pageWhileDown,
      pageAfterRecovery,
    };
  }

  /**
   * Waits (up to 15 s) until the import and at least a few of the app's writes wait on the audit
   * table (their statement inserts into it, as lib/audit/audit-event-sql.ts writes it, alone or inside a
   * statement that writes the change too); returns whether the import does and how many of the app's writes do. Asked on a connection of its own: inside the locker's
   * transaction, pg_stat_activity would keep showing its first snapshot.
   */
  async function waitForBlockedWrites(): Promise<{ importWaiting: boolean; appWaiting: number }> {
    const watcher = new pg.Client({ connectionString: server!.url });
    await watcher.connect();
    try {
      const deadline = performance.now() + 15_000;
      for (;;) {
        const { rows } = await watcher.query<{ import: number; app: number }>(
          `SELECT count(*) FILTER (WHERE application_name = $1)::int AS import, count(*) FILTER (WHERE application_name <> $1)::int AS app
           FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%INSERT INTO "AuditEvent"%'`,
          [TEST_APPLICATION_NAME],
        );
        const { import: importWaiting, app: appWaiting } = rows[0]!;
        if ((importWaiting > 0 && appWaiting >= 5) || performance.now() > deadline)
          return { importWaiting: importWaiting > 0, appWaiting };
        await sleep(50);
      }
    } finally {
      await watcher.end();
    }
  }

  /** Polls the app (its own token, so it does not eat an editor's rate limit) until it answers 200; the time of that answer. */
  async function firstSuccess(): Promise<number> {
    const deadline = performance.now() + 30_000;
    while (performance.now() < deadline) {
      const status = await fetch(`${app!.baseUrl}/api/v1/articles?limit=1`, {
        headers: { Authorization: `Bearer ${probeToken}` },
        signal: AbortSignal.timeout(5_000),
      })
        .then(async (response) => (await response.arrayBuffer(), response.status))
        .catch(() => 0);
      if (status === 200) return performance.now();
      await sleep(100);
    }
    return Number.POSITIVE_INFINITY;
  }

  /** Answers to requests sent after PostgreSQL was gone and answered before it was back. */
  function samplesDuringOutage(): Sample[] {
    return run.recorder.samples.filter((s) => s.start >= outage.downAt && s.end <= outage.restartAt);
  }

  it("while PostgreSQL is down the app answers 503 with Retry-After: no 500, no other status", () => {
    const during = samplesDuringOutage();
    expect(during.length).toBeGreaterThan(20);
    expect(statusCounts(during), log.unexpectedErrors()).toEqual({ "503": during.length });
    expect(during.every((s) => s.retryAfter !== null)).toBe(true);
  });

  it("pages, too, answer a 503 page that retries by itself while PostgreSQL is down, and render again once it is back", () => {
    expect(outage.pageWhileDown).toMatchObject({ status: 503, retryAfter: "5" });
    expect(outage.pageWhileDown.body).toContain("cannot reach its database");
    expect(outage.pageAfterRecovery).toBe(200);
  });

  it("no request in the whole run got a 500 (or any 5xx but 503), hung past the client timeout, or lost its connection", () => {
    const failed = run.recorder.samples.filter(
      (s) => (s.status >= 500 && s.status !== 503) || s.status === TIMED_OUT || s.status === NO_RESPONSE,
    );
    expect(
      failed.slice(0, 5),
      `statuses: ${JSON.stringify(figures.statuses)}; server: ${log.unexpectedErrors()}`,
    ).toEqual([]);
    // outside the outage, nothing is refused either
    const refused = run.recorder.samples.filter((s) => s.status >= 400 && s.status < 500);
    expect(refused.slice(0, 5)).toEqual([]);
  });

  it(`recovers by itself within ${RECOVERY_BOUND_MS / 1000} s of PostgreSQL being back, and writes are acknowledged again`, () => {
    expect(outage.recoveredAt - outage.upAt).toBeLessThan(RECOVERY_BOUND_MS);
    const writesAfter = run.recorder.acks.filter((a) => a.at > outage.recoveredAt);
    expect(writesAfter.length).toBeGreaterThan(10);
  });

  it("no acknowledged write is lost: every one is in the database with its audit event", () => {
    expect(report.missingRows).toEqual([]);
    expect(report.lostAuditEvents).toEqual([]);
    // A write answered 503 may still have committed (its commit made it, the read-back for the answer did not):
    // such audit events are whole (see the partial-rows check) and never more than those answers.
    expect(report.unexplainedAuditEvents).toBeLessThanOrEqual(unacknowledgedWriteAttempts(run));
  });

  it("transactions interrupted by the crash left no partial rows (verdicts with evidence, claims, annotations)", () => {
    expect(outage.writesCaughtMidTransaction).toBeGreaterThan(0);
    expect(report.partialRows).toEqual([]);
  });

  it(`an article import re-anchoring ${IMPORT_ANNOTATIONS} annotations, interrupted by the crash: none of it stays, and the caller gets a 503 error`, () => {
    expect(outage.importCaughtMidTransaction).toBe(true);
    expect(translateDatabaseError(outage.importError)).toBeInstanceOf(ServiceUnavailableError);
    expect(afterCrash).toEqual({
      versions: 1,
      annotationsOnLatest: IMPORT_ANNOTATIONS,
      revisions: [1],
      pastAnchors: 0,
      importEvents: 0,
    });
  });

  it("the same import after recovery: all of it (every annotation re-anchored, one audit event)", () => {
    expect(afterRetry.result.created).toBe(true);
    expect(afterRetry).toMatchObject({
      versions: 2,
      annotationsOnLatest: IMPORT_ANNOTATIONS,
      revisions: [2],
      pastAnchors: IMPORT_ANNOTATIONS,
      importEvents: 1,
    });
  });
});

interface ImportState {
  versions: number;
  /** annotations anchored to the article's newest version */
  annotationsOnLatest: number;
  /** the distinct revisions of its annotations */
  revisions: number[];
  pastAnchors: number;
  importEvents: number;
}

async function importState(databaseUrl: string, articleId: string): Promise<ImportState> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<ImportState>(
      `SELECT
         (SELECT count(*)::int FROM "ArticleVersion" WHERE "articleId" = $1) AS versions,
         (SELECT count(*)::int FROM "Annotation" a WHERE a."articleId" = $1
            AND a."versionId" = (SELECT id FROM "ArticleVersion" WHERE "articleId" = $1 ORDER BY number DESC LIMIT 1)) AS "annotationsOnLatest",
         (SELECT coalesce(array_agg(DISTINCT revision ORDER BY revision), '{}') FROM "Annotation" WHERE "articleId" = $1) AS revisions,
         (SELECT count(*)::int FROM "AnnotationPastAnchor" p JOIN "Annotation" a ON a.id = p."annotationId" WHERE a."articleId" = $1) AS "pastAnchors",
         (SELECT count(*)::int FROM "AuditEvent" WHERE "entityId" = $1 AND action = 'article.version_imported') AS "importEvents"`,
      [articleId],
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

/** The article as corrected by its outlet: a new first paragraph, one paragraph dropped, a figure changed. */
function changedText(text: string): string {
  const paragraphs = text.split("\n\n");
  paragraphs.splice(Math.floor(paragraphs.length / 2), 1);
  return ["Correction appended: an earlier version of this story misstated a figure.", ...paragraphs]
    .join("\n\n")
    .replace(/\d+/, (n) => String(Number(n) + 1));
}

function withApplicationName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("application_name", name);
  return parsed.toString();
}

/** The page's status once it stops answering the outage page, asking for up to 10 s. */
async function pageStatusOnceBack(url: string): Promise<number> {
  const deadline = performance.now() + 10_000;
  for (;;) {
    const status = (await fetch(url, { signal: AbortSignal.timeout(5_000) })).status;
    if (status !== 503 || performance.now() > deadline) return status;
    await sleep(200);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
