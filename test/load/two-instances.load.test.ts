/**
 * Two app instances (two `next start` on different ports) on one database
 * under load: each editor's requests alternate between them, as behind a
 * round-robin load balancer, so a write made on one instance is followed up
 * (edited, claimed, submitted, reviewed) on the other. Afterwards: no
 * acknowledged write lost, no audit event lost or doubled, nothing
 * half-written, no 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNextApp, type NextApp } from "@/bench/support/next-app";
import { provideTestDatabase, type TestDatabase } from "@/scripts/test-db";
import { disconnectDb } from "@/lib/db/client";
import { onCleanup } from "./support/cleanup";
import { ServerLog } from "./support/server-log";
import { recordFigures } from "./support/figures";
import { seedLoadWorld, type LoadWorld } from "./support/load-world";
import { inspectDatabase, type DatabaseReport } from "./support/audit-check";
import { loadFigures, runLoad, type LoadFigures, type LoadRun } from "./support/run-load";
import { NO_RESPONSE, TIMED_OUT, latencyOf } from "./support/recorder";

const EDITORS = Number(process.env.LOAD_EDITORS ?? 50);
const SECONDS = Number(process.env.TWO_INSTANCES_SECONDS ?? 25);

describe(`two app instances on one database: ${EDITORS} editors for ${SECONDS} s`, () => {
  let database: TestDatabase | undefined;
  const apps: NextApp[] = [];
  const logs = [new ServerLog("two-instances-app1"), new ServerLog("two-instances-app2")];
  let world: LoadWorld;
  let run: LoadRun;
  let figures: LoadFigures;
  let report: DatabaseReport;

  beforeAll(async () => {
    database = await provideTestDatabase();
    onCleanup(database.stop);
    process.env.DATABASE_URL = database.url;
    world = await seedLoadWorld(EDITORS);
    for (let i = 0; i < 2; i++) {
      const app = await startNextApp({ databaseUrl: database.url, onOutput: logs[i]!.append });
      apps.push(app);
      onCleanup(app.stop);
    }

    run = await runLoad({ baseUrls: apps.map((a) => a.baseUrl), world, durationMs: SECONDS * 1000, seed: 3 });
    figures = loadFigures(run);
    report = await inspectDatabase(database.url, world.workspaceId, world.baselineSeq, run.recorder.acks);
    const perInstance = apps.map((_, i) => latencyOf(run.recorder.samples.filter((s) => s.instance === i)));
    recordFigures("twoInstances", { editors: EDITORS, ...figures, perInstance, database: report.counts });
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    for (const log of logs) log.save();
    await disconnectDb();
    await database?.stop();
  });

  it("both instances served about half of the requests, with 0 responses 5xx and none timed out or dropped", () => {
    const counts = [0, 1].map((i) => run.recorder.samples.filter((s) => s.instance === i).length);
    for (const count of counts) expect(count).toBeGreaterThan(run.recorder.samples.length * 0.4);
    const failed = run.recorder.samples.filter(
      (s) => s.status >= 500 || s.status === TIMED_OUT || s.status === NO_RESPONSE,
    );
    expect(
      failed.slice(0, 5),
      `statuses: ${JSON.stringify(figures.statuses)}; server: ${logs.map((l) => l.unexpectedErrors()).join("\n")}`,
    ).toEqual([]);
    expect(run.recorder.samples.filter((s) => s.status >= 400).slice(0, 5)).toEqual([]);
  });

  it("every acknowledged write is in the database: ids and count match", () => {
    expect(report.missingRows).toEqual([]);
    expect(report.unacknowledgedRows).toEqual({ Annotation: [], Claim: [], Verdict: [] });
  });

  it("no duplicate or lost audit events: exactly one per acknowledged write", () => {
    expect(report.auditMismatches).toEqual([]);
    expect(report.unexplainedAuditEvents).toBe(0);
    expect(report.counts.auditEvents).toBe(run.recorder.acks.length);
  });

  it("no partial rows: each row's state matches its audit trail", () => {
    expect(report.partialRows).toEqual([]);
  });
});
