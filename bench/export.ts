/**
 * Report export benchmark: 10,000 approved verdicts exported as ClaimReview
 * JSON-LD (with its validation pass, i.e. the entries are read twice) and as
 * CSV, through the real use case (exportReport: paged loaders → serializer),
 * drained as a download would be. The baseline, measured in the same run, is
 * the same rows (claim, verdict, current revision, rating) read with one
 * plain SQL query into an array. Goal: < 1 s for 10,000.
 *
 * Memory: the live JS heap's high-water mark above its level before the
 * run (full GC at each probe, see measure), for 1,000 and for 10,000
 * verdicts: a streaming export should stay flat as the size grows ×10,
 * while the plain query's array grows with it. Rows are bulk-inserted with SQL into a
 * throw-away database. Run alone: `npx tsx bench/export.ts`.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { figure, type BenchFigure } from "./figure";
import { runCleanups, runWhenMain, useBenchDatabase, type Cleanup } from "./support/bench-process";

const SIZES = [1_000, 10_000] as const;
/**
 * Memory only: a size where both runs are past the first pages. From 1,000
 * (one page) to 10,000 the high-water mark rises once, to two pages in
 * flight (the loader reads the next page while one is written); after that
 * it must not rise with the size.
 */
const LARGE = 30_000;
const RUNS = 5;

interface Seeded {
  size: number;
  workspaceId: string;
  actor: import("@/lib/policy/actor").Actor;
  record: import("@/lib/reports/scope").ReportRecord;
}

/** The measurement, in a process of its own (bench/run.ts starts one per benchmark). */
export async function measureExport(): Promise<BenchFigure[]> {
  const cleanups: Cleanup[] = [];
  try {
    await useBenchDatabase(cleanups);

    const seeded = new Map<number, Seeded>();
    for (const size of [...SIZES, LARGE]) seeded.set(size, await seed(size));
    const gc = exposeGc();

    const results = new Map<string, { ms: number; peakMb: number; bytes: number }>();
    for (const size of [...SIZES, LARGE]) {
      const data = seeded.get(size)!;
      for (const [name, run] of Object.entries(runners(data)))
        results.set(`${name}:${size}`, await measure(run, gc, size === LARGE ? 0 : RUNS));
    }
    const big = SIZES[1];
    const small = SIZES[0];
    const get = (name: string, size: number) => results.get(`${name}:${size}`)!;
    const plain = get("plain", big);
    const queryBaseline = {
      name: `the same ${big.toLocaleString("en")} rows read with one plain SQL query into an array, median of ${RUNS}`,
      value: plain.ms,
    };
    const heapBaseline = (name: string) => ({
      name: `same export of ${small.toLocaleString("en")} verdicts`,
      value: get(name, small).peakMb,
    });
    const bytes = (name: string) => `${(get(name, big).bytes / 1e6).toFixed(1)} MB`;
    return [
      figure(
        `ClaimReview export of ${big.toLocaleString("en")} approved verdicts (validation pass + export, ${bytes("claimreview")}), median of ${RUNS}`,
        get("claimreview", big).ms,
        "ms",
        queryBaseline,
        "< 1000 ms",
      ),
      figure(
        `CSV export of ${big.toLocaleString("en")} approved verdicts (${bytes("csv")}), median of ${RUNS}`,
        get("csv", big).ms,
        "ms",
        queryBaseline,
        "< 1000 ms",
      ),
      figure(
        `ClaimReview export of ${small.toLocaleString("en")} approved verdicts, median of ${RUNS}`,
        get("claimreview", small).ms,
        "ms",
        { name: `plain query of ${small.toLocaleString("en")} rows`, value: get("plain", small).ms },
      ),
      figure(
        `live heap high-water mark, ClaimReview export of ${big.toLocaleString("en")} verdicts`,
        get("claimreview", big).peakMb,
        "MB",
        heapBaseline("claimreview"),
        "flat: ≈ 1× as the size grows ×10",
      ),
      figure(
        `live heap high-water mark, CSV export of ${big.toLocaleString("en")} verdicts`,
        get("csv", big).peakMb,
        "MB",
        heapBaseline("csv"),
        "flat: ≈ 1× as the size grows ×10",
      ),
      figure(`live heap high-water mark, plain query holding ${big.toLocaleString("en")} rows`, plain.peakMb, "MB", {
        name: `plain query holding ${small.toLocaleString("en")} rows`,
        value: get("plain", small).peakMb,
      }),
      ...(["claimreview", "csv", "plain"] as const).map((name) =>
        figure(
          `live heap high-water mark, ${name === "plain" ? "plain query holding" : `${name === "csv" ? "CSV" : "ClaimReview"} export of`} ${LARGE.toLocaleString("en")} ${name === "plain" ? "rows" : "verdicts"}`,
          get(name, LARGE).peakMb,
          "MB",
          {
            name: `the same for ${big.toLocaleString("en")}`,
            value: get(name, big).peakMb,
          },
          name === "plain" ? undefined : "flat: ≈ 1× as the size grows ×3",
        ),
      ),
    ];
  } finally {
    await runCleanups("export", cleanups);
  }
}

/**
 * Each job returns the bytes it produced; `probe` is called as it goes (every
 * PROBE_EVERY chunks of a download, once with a plain query's rows in hand)
 * so the memory run can see what is live at that moment.
 */
type Job = (probe: () => void) => Promise<number>;

const PROBE_EVERY = 200;
const PROBE_MS = 20;

function runners(data: Seeded): Record<string, Job> {
  const url = "https://factdesk.example.test/r/bench";
  const links = { report: url, article: () => url };
  const exportAs =
    (format: "claimreview" | "csv"): Job =>
    async (probe) => {
      const { exportReport } = await import("@/lib/reports/export-report");
      const file = await exportReport(data.actor, data.record, { format, internal: false, bom: false, url, links });
      let bytes = 0;
      let chunks = 0;
      for await (const chunk of file.body) {
        bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
        if (++chunks % PROBE_EVERY === 0) probe();
      }
      if (file.totalItems !== data.size)
        throw new Error(`expected ${data.size} items, the export announces ${file.totalItems}`);
      return bytes;
    };
  return {
    plain: async (probe) => {
      const { db } = await import("@/lib/db/client");
      const rows = await db.$queryRaw<Record<string, unknown>[]>`
        SELECT c.id, c.statement, c.claimant, c."claimDate", v.id AS "verdictId", v.status, v."updatedAt", r.summary, l.label, l.ordinal
        FROM "Claim" c
        JOIN "Verdict" v ON v."claimId" = c.id AND v.status = 'APPROVED'
        JOIN "VerdictRevision" r ON r."verdictId" = v.id
        JOIN "RatingLevel" l ON l.id = r."ratingLevelId"
        WHERE c."workspaceId" = ${data.workspaceId} AND c."deletedAt" IS NULL
        ORDER BY c."createdAt", c.id`;
      probe();
      if (rows.length !== data.size) throw new Error(`plain query: ${rows.length} rows, expected ${data.size}`);
      return rows.length;
    },
    claimreview: exportAs("claimreview"),
    csv: exportAs("csv"),
  };
}

/**
 * Time: median of `runs` runs after a warm-up, nothing else running. Memory: one
 * more run in which each probe forces a full GC and reads the heap, so the
 * figure is what the job keeps alive (its high-water mark above the heap
 * before it started), not garbage waiting for collection.
 */
async function measure(run: Job, gc: () => void, runs: number): Promise<{ ms: number; peakMb: number; bytes: number }> {
  let bytes = await run(() => {});
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const started = performance.now();
    bytes = await run(() => {});
    times.push(performance.now() - started);
  }
  gc();
  const base = process.memoryUsage().heapUsed;
  let high = base;
  const probe = () => {
    gc();
    high = Math.max(high, process.memoryUsage().heapUsed);
  };
  // between the job's own probes too (e.g. while ClaimReview is checked and spooled before its first byte)
  const sampler = setInterval(probe, PROBE_MS);
  try {
    await run(probe);
  } finally {
    clearInterval(sampler);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? Number.NaN, peakMb: (high - base) / 1e6, bytes };
}

/** The V8 gc() function without restarting node with --expose-gc. */
function exposeGc(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/**
 * A workspace with one article and `size` claims, each with a passage, an
 * approved verdict (one revision, one piece of evidence, one approval), and a
 * published workspace report covering them: inserted set-based with SQL.
 */
async function seed(size: number): Promise<Seeded> {
  const { createArticle, createWorkspaceWithMembers } = await import("../prisma/factories");
  const { db } = await import("@/lib/db/client");
  const { createReport } = await import("@/lib/reports/create-report");
  const { publishReport } = await import("@/lib/reports/publish-report");
  const { getReport } = await import("@/lib/reports/get-report");
  const { CreateReportInputSchema } = await import("@/lib/reports/schemas");

  const { workspace, actors } = await createWorkspaceWithMembers({ name: `Export bench ${size}` });
  const text = Array.from(
    { length: 200 },
    (_, i) => `Officials said at least ${i + 12} people were hurt in district ${i}.`,
  ).join("\n\n");
  const { article, version } = await createArticle(actors.EDITOR, {
    title: `Export bench article (${size})`,
    text,
    publishedAt: new Date("2026-11-01T00:00:00Z"),
  });
  const level = await db.ratingLevel.findFirstOrThrow({
    where: { workspaceId: workspace.id, key: "MOSTLY_ACCURATE" },
    select: { id: true },
  });
  const w = workspace.id;
  const p = `b${size}-`;
  const [editor, reviewer] = [actors.EDITOR.userId, actors.REVIEWER.userId];
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`INSERT INTO "Claim" (id, "workspaceId", statement, claimant, "claimDate", "createdById", "createdAt", "updatedAt")
      SELECT ${p} || 'c' || g, ${w}, 'At least ' || (g % 200 + 12) || ' people were hurt in district ' || (g % 200) || ' (claim ' || g || ')', 'Officials', '2026-11-03', ${editor}, now() - (${size} - g) * interval '1 ms', now()
      FROM generate_series(1, ${size}) g`;
      await tx.$executeRaw`INSERT INTO "Annotation" (id, "workspaceId", "articleId", "versionId", kind, start, "end", exact, prefix, suffix, "authorId", "createdAt", "updatedAt")
      SELECT ${p} || 'a' || g, ${w}, ${article.id}, ${version.id}, 'CLAIM', 0, 9, 'Officials', '', ' said', ${editor}, now(), now() FROM generate_series(1, ${size}) g`;
      await tx.$executeRaw`INSERT INTO "ClaimAppearance" (id, "workspaceId", "claimId", "annotationId", "createdById")
      SELECT ${p} || 'p' || g, ${w}, ${p} || 'c' || g, ${p} || 'a' || g, ${editor} FROM generate_series(1, ${size}) g`;
      await tx.$executeRaw`INSERT INTO "Verdict" (id, "workspaceId", "claimId", "authorId", status, "lockVersion", "createdAt", "updatedAt")
      SELECT ${p} || 'v' || g, ${w}, ${p} || 'c' || g, ${editor}, 'APPROVED', 3, now(), now() FROM generate_series(1, ${size}) g`;
      await tx.$executeRaw`INSERT INTO "VerdictRevision" (id, "workspaceId", "verdictId", number, "ratingLevelId", summary, "authorId", "createdAt")
      SELECT ${p} || 'r' || g, ${w}, ${p} || 'v' || g, 1, ${level.id}, 'The hospital register confirms the figure for district ' || (g % 200) || '; the police count is one lower.', ${editor}, now() FROM generate_series(1, ${size}) g`;
      await tx.$executeRaw`INSERT INTO "Evidence" (id, "workspaceId", "revisionId", url, title, quote, "isPrimary", "createdAt")
      SELECT ${p} || 'e' || g, ${w}, ${p} || 'r' || g, 'https://hospital.example.test/register/' || g, 'Hospital register', 'Admitted: ' || (g % 200 + 12), true, now() FROM generate_series(1, ${size}) g`;
      await tx.$executeRaw`INSERT INTO "Review" (id, "workspaceId", "verdictId", "revisionId", "reviewerId", decision, "createdAt")
      SELECT ${p} || 'w' || g, ${w}, ${p} || 'v' || g, ${p} || 'r' || g, ${reviewer}, 'APPROVE', now() FROM generate_series(1, ${size}) g`;
    },
    { timeout: 120_000 },
  );
  await db.$executeRaw`ANALYZE`;
  const { id } = await createReport(
    actors.EDITOR,
    CreateReportInputSchema.parse({
      title: `All verdicts (${size})`,
      scope: "WORKSPACE",
      fromDate: "2000-01-01",
      toDate: "2100-01-01",
    }),
  );
  await publishReport(actors.REVIEWER, id);
  const record = (await getReport(actors.VIEWER, id, { internal: false })).record;
  return { size, workspaceId: w, actor: actors.VIEWER, record };
}

runWhenMain(import.meta.url, measureExport);
