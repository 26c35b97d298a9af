/**
 * Public fact-check page benchmark: the page a newsroom's readers may reach
 * in numbers (app/fact-checks/[workspace]/[claim]), served by the production
 * build (`next start`) on a fresh database, signed out. Baseline: the public
 * report page of the same published report (/r/<token>), the app's other
 * signed-out page, measured the same way in the same run.
 *
 * 1. Server render: 10 warm-ups each, then 60 timed GETs each, alternating
 *    the two pages: p50 and p95.
 * 2. Under load: 50 concurrent readers, each fetching the page 8 times in a
 *    row (400 GETs), then the same for the baseline: p50, p95 and pages per
 *    second. No cache in front: every GET is rendered (the page's
 *    Cache-Control lets a CDN or reverse proxy serve most of them).
 *
 * The fact-check carries 6 sources, 3 appearances and a correction, as a
 * real one might. Needs a production build (`npx next build`). Run alone:
 * `npx tsx bench/public-page.ts`.
 */
import { figure, type BenchFigure } from "./figure";
import { runCleanups, runWhenMain, useBenchDatabase, type Cleanup } from "./support/bench-process";
import { startNextApp } from "./support/next-app";
import { quantile } from "./support/quantile";

const WARMUPS = 10;
const RUNS = 60;
const READERS = 50;
const PER_READER = 8;
const PUBLIC_BASE_URL = "https://factdesk.bench.test";

export async function benchPublicPage(): Promise<BenchFigure[]> {
  const cleanups: Cleanup[] = [];
  try {
    // the seeding publishes a report: publishing refuses a localhost public address
    process.env.PUBLIC_BASE_URL = PUBLIC_BASE_URL;
    // stdout carries only the figures' JSON (bench/run.ts parses it): the seeding's log lines stay out
    process.env.LOG_LEVEL = "error";
    const database = await useBenchDatabase(cleanups);
    const { factCheckPath, reportPath } = await seed();
    const app = await startNextApp({ databaseUrl: database.url, env: { PUBLIC_BASE_URL } });
    cleanups.push({ what: "stop next start", run: () => app.stop() });
    const page = `${app.baseUrl}${factCheckPath}`;
    const report = `${app.baseUrl}${reportPath}`;

    await check(page);
    const serial = await measureSerial(page, report);
    const loaded = { page: await measureConcurrent(page), report: await measureConcurrent(report) };
    const base = (what: string, value: number) => ({ name: `public report page of the same report, ${what}`, value });
    return [
      figure(
        `public fact-check page: server render, p50 of ${RUNS} GETs`,
        serial.page.p50,
        "ms",
        base(`p50 of ${RUNS} GETs`, serial.report.p50),
      ),
      figure(
        `public fact-check page: server render, p95 of ${RUNS} GETs`,
        serial.page.p95,
        "ms",
        base(`p95 of ${RUNS} GETs`, serial.report.p95),
      ),
      figure(
        `public fact-check page: ${READERS} concurrent readers, p50 of ${READERS * PER_READER} GETs`,
        loaded.page.p50,
        "ms",
        base(`${READERS} concurrent readers, p50`, loaded.report.p50),
      ),
      figure(
        `public fact-check page: ${READERS} concurrent readers, p95 of ${READERS * PER_READER} GETs`,
        loaded.page.p95,
        "ms",
        base(`${READERS} concurrent readers, p95`, loaded.report.p95),
      ),
      figure(
        `public fact-check page: ${READERS} concurrent readers, pages per second`,
        loaded.page.perSecond,
        "pages/s",
        base(`${READERS} concurrent readers, pages per second`, loaded.report.perSecond),
      ),
    ];
  } finally {
    await runCleanups("public-page", cleanups);
  }
}

/** A published report on an article with one approved fact-check: 6 sources, 3 appearances, a correction. */
async function seed(): Promise<{ factCheckPath: string; reportPath: string }> {
  const { createArticle, createWorkspaceWithMembers } = await import("../prisma/factories");
  const { articleReport, claimWithVerdict } = await import("@/test/support/report-world");
  const { publishReport } = await import("@/lib/reports/publish-report");
  const { reviseVerdict } = await import("@/lib/verdicts/revise-verdict");
  const { submitVerdict } = await import("@/lib/verdicts/step-verdict");
  const { reviewVerdict } = await import("@/lib/verdicts/review-verdict");
  const { ReviewVerdictInputSchema, ReviseVerdictInputSchema } = await import("@/lib/verdicts/schemas");
  const { factCheckPath } = await import("@/lib/public-urls/public-address");
  const { db } = await import("@/lib/db/client");

  const ws = await createWorkspaceWithMembers({ name: "Public page bench" });
  const phrase = "at least 12 people were killed";
  const articles = await Promise.all(
    [1, 2, 3].map((i) =>
      createArticle(ws.actors.EDITOR, {
        title: `Depot blast, report ${i}`,
        text: `Officials said ${phrase} on Tuesday in the blast at the depot (${i}).`,
        url: `https://news.example.test/depot-${i}`,
      }),
    ),
  );
  const { claim, verdict } = await claimWithVerdict(ws, articles[0]!, phrase, "APPROVED", {
    statement: "At least 12 people were killed in the blast at the Marenburg depot",
  });
  const report = await articleReport(ws, articles[0]!, "Depot blast: fact-check");
  const { publicToken } = await publishReport(ws.actors.REVIEWER, report.id);
  // a corrected verdict with 6 sources, re-approved: the page shows the correction log
  const evidence = Array.from({ length: 6 }, (_, i) => ({
    url: `https://source.example.test/doc-${i}`,
    title: `Source document ${i}`,
    quote: i % 2 ? `The figure given is ${12 + i}.` : undefined,
  }));
  const revised = await reviseVerdict(
    ws.actors.EDITOR,
    ReviseVerdictInputSchema.parse({
      verdictId: verdict!.id,
      lockVersion: verdict!.lockVersion,
      ratingKey: "MOSTLY_ACCURATE",
      summary: "Hospitals and police confirm at least 12 deaths; one source counts 13.",
      evidence,
      correctionNote: "Added the hospital figures.",
    }),
  );
  await submitVerdict(ws.actors.EDITOR, { verdictId: verdict!.id, lockVersion: revised.lockVersion });
  await reviewVerdict(
    ws.actors.REVIEWER,
    ReviewVerdictInputSchema.parse({
      verdictId: verdict!.id,
      lockVersion: revised.lockVersion + 1,
      decision: "APPROVE",
      correctionNote: "Approved the revised check.",
    }),
  );
  await db.workspace.update({
    where: { id: ws.workspace.id },
    data: { methodologyUrl: "https://newsroom.example.test/how-we-check", showCheckerNames: true },
  });
  await db.$executeRawUnsafe("ANALYZE");
  return {
    factCheckPath: factCheckPath(ws.workspace.slug, {
      id: claim.id,
      statement: "At least 12 people were killed in the blast at the Marenburg depot",
    }),
    reportPath: `/r/${publicToken}`,
  };
}

async function get(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { accept: "text/html" }, redirect: "manual" });
  await response.text();
  if (response.status !== 200) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return performance.now() - started;
}

/** The page really is the fact-check: one ClaimReview block, and the caching header. */
async function check(url: string): Promise<void> {
  const response = await fetch(url, { headers: { accept: "text/html" } });
  const html = await response.text();
  const blocks = html.split('type="application/ld+json"').length - 1;
  if (response.status !== 200 || blocks !== 1)
    throw new Error(`GET ${url}: HTTP ${response.status}, ${blocks} JSON-LD blocks`);
  console.error(`public-page: Cache-Control: ${response.headers.get("cache-control")}`);
}

async function measureSerial(page: string, report: string) {
  for (let i = 0; i < WARMUPS; i++) await Promise.all([get(page), get(report)]);
  const times = { page: [] as number[], report: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? (["page", "report"] as const) : (["report", "page"] as const);
    for (const which of order) times[which].push(await get(which === "page" ? page : report));
  }
  const stats = (ms: number[]) => ({ p50: quantile(ms, 0.5), p95: quantile(ms, 0.95) });
  return { page: stats(times.page), report: stats(times.report) };
}

async function measureConcurrent(url: string): Promise<{ p50: number; p95: number; perSecond: number }> {
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: READERS }, async () => {
      for (let i = 0; i < PER_READER; i++) times.push(await get(url));
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), perSecond: times.length / seconds };
}

runWhenMain(import.meta.url, benchPublicPage);
