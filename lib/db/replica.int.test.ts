/**
 * Reads from a real streaming read replica (lib/db/replica.ts): this file
 * starts its own PostgreSQL primary and a hot standby cloned from it
 * (test/replica), not the shared test database. With replay paused on the
 * standby, a change made on the primary shows whether a read went to the
 * replica (it does not see the change yet) or to the primary (it does):
 * - the public's export of a published report, and the search of a member who
 *   has written nothing, come from the replica;
 * - a person who just wrote reads their own write at once (read-your-writes);
 * - once the standby replays again, everyone sees it;
 * - with the standby stopped, the same reads succeed from the primary, and the
 *   app does not take the replica's outage for the database's.
 *
 * Needs PostgreSQL's server programs: skipped without them on a developer's
 * machine, failed without them in CI (CI=true).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { disconnectReplica } from "@/lib/db/replica";
import { databaseKnownDown } from "@/lib/db/availability";
import { installJobSchema } from "@/lib/jobs/job-boss";
import { createClaim } from "@/lib/claims/create-claim";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { ReviewVerdictInputSchema } from "@/lib/verdicts/schemas";
import { exportReport } from "@/lib/reports/export-report";
import { publishReport } from "@/lib/reports/publish-report";
import { openPublicReport } from "@/lib/reports/open-public-report";
import type { ReportReader } from "@/lib/reports/content/report-access";
import type { ReportRecord } from "@/lib/reports/scope";
import { annotate, articleReport, claimWithVerdict } from "@/test/support/report-world";
import { searchWorkspace } from "@/lib/search/search-workspace";
import { parseSearchParams } from "@/lib/search/schemas";
import { idsOf } from "@/test/support/search-newsroom";
import { createArticle, createWorkspaceWithMembers, type TestArticle } from "@/prisma/factories";
import type { Actor } from "@/lib/policy/actor";
import { migrate } from "@/scripts/test-db";
import { findPostgresBinaries } from "@/test/replica/postgres-binaries";
import { startStreamingPair, type StreamingPair } from "@/test/replica/streaming-pair";

const TEXT = "Officials said at least 12 people were killed on Tuesday.\n\nThe mayor promised 40 million euros.";
const PENDING = "The mayor promised 40 million euros";
const NEW_CLAIM = "Zeppelins circled the harbour on Tuesday";

const binaries = findPostgresBinaries();
const inCi = process.env.CI === "true";
if ("missing" in binaries && !inCi) console.warn(`SKIPPED lib/db/replica.int.test.ts: ${binaries.missing}`);

describe.runIf("missing" in binaries && inCi)("the read replica in CI", () => {
  it("has PostgreSQL's server programs (a plain clone skips this file; CI must not)", () => {
    expect.fail(`CI=true, but ${"missing" in binaries ? binaries.missing : ""}`);
  });
});

describe.skipIf("missing" in binaries)("reads from a streaming read replica", () => {
  let pair: StreamingPair | undefined;
  let world: Awaited<ReturnType<typeof newsroom>>;
  const sharedDatabaseUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    if (!("found" in binaries)) return;
    pair = await startStreamingPair(binaries.found, "factdesk_replica");
    await migrate(pair.primaryUrl);
    await installJobSchema(pair.primaryUrl);
    // before anything in this file used the database (lib/env.ts reads the environment on first use)
    await disconnectDb();
    process.env.DATABASE_URL = pair.primaryUrl;
    process.env.DATABASE_REPLICA_URL = pair.standbyUrl;
    // the paused standby's lag grows while the test runs: the lag limit is not what this file tests (lib/db/replica-lsn.test.ts does)
    process.env.REPLICA_MAX_LAG_MS = "600000";
    world = await newsroom();
    await pair.waitForReplay();
  }, 90_000);

  afterAll(async () => {
    await disconnectReplica();
    await disconnectDb();
    await pair?.stop();
    process.env.DATABASE_URL = sharedDatabaseUrl;
    delete process.env.DATABASE_REPLICA_URL;
    delete process.env.REPLICA_MAX_LAG_MS;
  });

  it("serves the public and other members from the replica, and a writer their own writes at once", async () => {
    const { ws, article, pendingVerdictId, publicReader, record } = world;
    await pair!.pauseReplay();
    let newClaimId: string;
    try {
      // on the primary only: the reviewer approves the pending verdict, the editor adds a claim
      await reviewVerdict(
        ws.actors.REVIEWER,
        ReviewVerdictInputSchema.parse({
          verdictId: pendingVerdictId,
          lockVersion: 2,
          decision: "APPROVE",
          correctionNote: "Approved after publication.",
        }),
      );
      newClaimId = await addClaim(ws.actors.EDITOR, article);

      expect(await publishedCsv(publicReader, record)).not.toContain(PENDING); // the replica
      expect(await publishedCsv(ws.actors.REVIEWER, record)).toContain(PENDING); // the primary: the reviewer's own write
      expect(await claimsFound(ws.actors.VIEWER)).toEqual([]); // the replica
      expect(await claimsFound(ws.actors.EDITOR)).toEqual([newClaimId]); // the primary: the editor's own write
    } finally {
      await pair!.resumeReplay();
    }
    await pair!.waitForReplay();
    expect(await publishedCsv(publicReader, record)).toContain(PENDING);
    expect(await publishedCsv(ws.actors.REVIEWER, record)).toContain(PENDING);
    expect(await claimsFound(ws.actors.VIEWER)).toEqual([newClaimId]);
    expect(await claimsFound(ws.actors.EDITOR)).toEqual([newClaimId]);
  });

  it("reads from the primary while the replica is down", async () => {
    const { ws, publicReader, record } = world;
    await pair!.stopStandby();
    const csv = await publishedCsv(publicReader, record);
    expect(csv).toContain("At least 12 people were killed");
    expect(csv).toContain(PENDING);
    expect(await claimsFound(ws.actors.VIEWER)).toHaveLength(1);
    expect(await claimsFound(ws.actors.EDITOR)).toHaveLength(1);
    expect(databaseKnownDown()).toBe(false); // pages stay up: only the primary's outage shows the outage page
  });
});

/** A workspace with an article, an approved and a submitted claim, and a published report of the article. */
async function newsroom() {
  const ws = await createWorkspaceWithMembers();
  const article = await createArticle(ws.actors.EDITOR, {
    text: TEXT,
    title: "Storm",
    url: "https://news.example.test/storm",
  });
  await claimWithVerdict(ws, article, "at least 12 people were killed", "APPROVED", {
    statement: "At least 12 people were killed",
  });
  const pending = await claimWithVerdict(ws, article, "40 million euros", "SUBMITTED", { statement: PENDING });
  const report = await articleReport(ws, article, "Storm: fact-check");
  const { publicToken } = await publishReport(ws.actors.REVIEWER, report.id);
  const { access, record } = await openPublicReport(publicToken);
  return { ws, article, pendingVerdictId: pending.verdict!.id, publicReader: access as ReportReader, record };
}

async function addClaim(editor: Actor, article: TestArticle): Promise<string> {
  const annotation = await annotate(editor, article, "on Tuesday");
  const { id } = await createClaim(
    editor,
    CreateClaimInputSchema.parse({ annotationId: annotation.id, statement: NEW_CLAIM }),
  );
  return id;
}

/** The published output as CSV, read as the public download route reads it. */
async function publishedCsv(reader: ReportReader, record: ReportRecord): Promise<string> {
  const url = "https://factdesk.example.test/r/token";
  const file = await exportReport(reader, record, {
    format: "csv",
    internal: false,
    bom: false,
    url,
    links: { report: url, article: () => url },
  });
  let text = "";
  for await (const chunk of file.body) text += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
  return text;
}

async function claimsFound(actor: Actor): Promise<string[]> {
  return idsOf(await searchWorkspace(actor, parseSearchParams({ q: "zeppelins", type: "claims" }))).claims;
}
