/**
 * Workspace-size benchmark (issue 17): one workspace generated at 1×, 10× and
 * 100× (100× ≈ 50,000 articles, 1,000,000 annotations, 50,000 claims, 20,000
 * verdicts, from the project's own test articles with their names, places and
 * figures varied: bench/support/scale-seed.ts), and for each size the p50 and
 * p95 of the pages and clicks a desk uses every day, each through the same
 * server-side functions the page or route calls (bench/support/scale-child.ts):
 * article page, claim page with its suggestions, claims list, review queue,
 * search, conflict detection after one new claim, import of one article with
 * its repeated-claim check, one annotation created, and the ClaimReview export
 * of the latest 10,000 approved verdicts (all of them at sizes with fewer).
 *
 * Figures: each size's p50 and p95; the 10× and 100× ones have the same
 * measurement at 1× as their baseline, so their ratio is the growth ratio.
 * Goal: ≤ 1.5× from 1× to 100× for every page and click; the export grows
 * with what it exports (its per-verdict time is the figure held to 1.5×).
 * Reports, never fails.
 *
 * Databases, on TEST_DATABASE_URL's server (else 127.0.0.1:5432, user postgres):
 * `factdesk_bench_scale_<n>x` holds each generated size and is kept between runs
 * (regenerated when GENERATOR_VERSION changes or the template is ahead of this
 * checkout's migrations; newer migrations are applied to it instead);
 * every measurement runs on a throw-away copy of it
 * (`factdesk_bench_scale_<n>x_run_<pid>`, CREATE DATABASE … TEMPLATE), so the writes
 * a run makes never reach the next one. SCALE_SIZES=1,10 limits the sizes,
 * SCALE_OPERATIONS=claim,search the operations, SCALE_ROUNDS the rounds the
 * sizes are measured in turn (see ROUNDS). SCALE_DATABASE_PREFIX (default
 * `factdesk_bench_scale`) renames the databases, so two working copies with different
 * migrations can each keep their own instead of regenerating each other's.
 *
 * Run alone: `npx tsx bench/scale.ts` (`npm run bench -- scale`).
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrate } from "../scripts/test-db";
import { figure, type BenchFigure } from "./figure";
import { runWhenMain } from "./support/bench-process";
import { quantile } from "./support/quantile";
import { GENERATOR_VERSION, MARKER_TABLE, readMarker, SAMPLES_MARK, type ScaleSamples } from "./support/scale-child";

const DEFAULT_SIZES = [1, 10, 100];
const GOAL = "≤ 1.5× of 1×";

function serverUrl(): URL {
  return new URL(process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres");
}

function databaseUrl(name: string): string {
  const url = serverUrl();
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: databaseUrl("postgres") });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

async function dropDatabase(admin: pg.Client, name: string): Promise<void> {
  await admin.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [name],
  );
  await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)}`);
}

/**
 * Whether a template made by this generator at an older newest migration can
 * be brought up to `version` by applying the newer migrations (seconds) rather
 * than regenerated (minutes): a working copy that rebased onto new migrations
 * would otherwise regenerate the databases every other copy is measuring
 * from. A template ahead of this copy (an older checkout) is regenerated.
 */
function migratesForward(templateVersion: string, version: string): boolean {
  const [generator, migration] = templateVersion.split("/");
  const [wanted, newest] = version.split("/");
  return generator === wanted && migration !== undefined && newest !== undefined && migration < newest;
}

/** The generator version and the newest migration: a change of the generator regenerates; new migrations are applied. */
function expectedVersion(): string {
  const migrations = readdirSync(path.join(process.cwd(), "prisma", "migrations"))
    .filter((m) => /^\d/.test(m))
    .sort();
  return `${GENERATOR_VERSION}/${migrations.at(-1)}`;
}

function runChild(args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn(
    path.join(process.cwd(), "node_modules", ".bin", "tsx"),
    [path.join("bench", "support", "scale-child.ts"), ...args],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, ...env } },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) =>
    child
      .on("error", reject)
      .on("close", (code) =>
        code === 0 ? resolve(output) : reject(new Error(`scale-child ${args.join(" ")} exited with ${code}`)),
      ),
  );
}

/** The databases' common name start; see the header. */
function databasePrefix(): string {
  const prefix = process.env.SCALE_DATABASE_PREFIX || "factdesk_bench_scale";
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix))
    throw new Error(`SCALE_DATABASE_PREFIX must be a lowercase SQL name, got "${prefix}"`);
  return prefix;
}

/** The size's template database, generated unless it holds this generator's data already; its generation time and size. */
async function ensureGenerated(
  factor: number,
): Promise<{ name: string; generatedSeconds: number; reused: boolean; bytes: number }> {
  const name = `${databasePrefix()}_${factor}x`;
  const version = expectedVersion();
  const existing = await withAdmin(
    async (admin) => (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1,
  );
  if (existing) {
    const client = new pg.Client({ connectionString: databaseUrl(name) });
    await client.connect();
    try {
      const marker = await readMarker(client);
      if (marker && marker.version !== version && migratesForward(marker.version, version)) {
        console.error(`bench scale: migrating ${name} from ${marker.version} to ${version}…`);
        await migrate(databaseUrl(name));
        await client.query("ANALYZE");
        await client.query(`UPDATE ${MARKER_TABLE} SET marker = jsonb_set(marker, '{version}', to_jsonb($1::text))`, [
          version,
        ]);
        marker.version = version;
      }
      if (marker && marker.version === version) {
        const bytes = Number(
          (await client.query<{ n: string }>("SELECT pg_database_size(current_database()) AS n")).rows[0]!.n,
        );
        return { name, generatedSeconds: marker.generatedSeconds, reused: true, bytes };
      }
    } finally {
      await client.end();
    }
  }
  console.error(`bench scale: generating ${name} (generator ${version})…`);
  const started = performance.now();
  await withAdmin(async (admin) => {
    await dropDatabase(admin, name);
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  });
  await migrate(databaseUrl(name));
  await runChild(["generate", String(factor)], { DATABASE_URL: databaseUrl(name), SCALE_MARKER_VERSION: version });
  const seconds = (performance.now() - started) / 1000;
  const bytes = await withAdmin(async (admin) =>
    Number((await admin.query<{ n: string }>("SELECT pg_database_size($1) AS n", [name])).rows[0]!.n),
  );
  return { name, generatedSeconds: seconds, reused: false, bytes };
}

/**
 * CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template:
 * another run may be reading its marker for a moment, so a refusal is retried
 * (terminating another run's connection would fail that run).
 */
async function copyTemplate(admin: pg.Client, template: string, copy: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    // a connection left by a crashed run would hold it forever: ended after a few polite tries
    if (attempt > 5)
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [template]);
    try {
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(copy)} TEMPLATE ${admin.escapeIdentifier(template)}`);
      return;
    } catch (error) {
      const busy = (error as { code?: string }).code === "55006"; // object_in_use
      if (!busy || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

/**
 * Rounds per run (SCALE_ROUNDS, default 3): the sizes are measured in turn,
 * 1×, 100×, 1×, 100×, … each round taking its share of the repetitions, so
 * that whatever else slows the machine for a minute (a build, the page cache
 * reclaimed) weighs on every size instead of on the one measured then: run one
 * size after the other, the ratio of an unchanged operation moved between
 * 0.8× and 1.8× from one run to the next.
 */
const ROUNDS = Number(process.env.SCALE_ROUNDS || 3);

/** The copy of a size's template that its rounds measure: writes of one round stay for the next (a few rows). */
function runDatabase(template: string): string {
  // one copy per process: two working copies may measure from the same template at once
  return `${template}_run_${process.pid}`;
}

/** One round of one size, on its copy, in a child process of its own. */
async function measureRound(factor: number, database: string, round: number): Promise<ScaleSamples> {
  // publishing the export's report needs a public address (any: nothing is served)
  const output = await runChild(["measure", String(factor)], {
    DATABASE_URL: databaseUrl(database),
    PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL || "https://factdesk.example.test",
    SCALE_ROUND: String(round),
    SCALE_ROUNDS: String(ROUNDS),
  });
  // the app's logger writes to stdout too (e.g. a failed detection run): shown, and the samples line picked out
  const lines = output.split("\n");
  for (const line of lines) if (line.trim() && !line.startsWith(SAMPLES_MARK)) console.error(line);
  const samples = lines.find((line) => line.startsWith(SAMPLES_MARK));
  if (!samples) throw new Error(`scale-child measure ${factor} printed no samples`);
  return JSON.parse(samples.slice(SAMPLES_MARK.length)) as ScaleSamples;
}

/** Pure: one size's rounds as one set of samples (the counts and export size are the first round's). */
export function mergeRounds(rounds: readonly ScaleSamples[]): ScaleSamples {
  const [first, ...rest] = rounds;
  if (!first) throw new Error("no round measured");
  const operations = first.operations.map((op) => {
    const same = rest.map((r) => r.operations.find((o) => o.key === op.key));
    const parts = op.parts && { ...op.parts };
    for (const other of same)
      for (const [variant, samples] of Object.entries(other?.parts ?? {}))
        if (parts) parts[variant] = [...(parts[variant] ?? []), ...samples];
    return { ...op, samples: [op.samples, ...same.map((o) => o?.samples ?? [])].flat(), ...(parts ? { parts } : {}) };
  });
  return { ...first, operations };
}

export async function measureScale(): Promise<BenchFigure[]> {
  const sizes = (process.env.SCALE_SIZES ?? "").split(",").filter(Boolean).map(Number);
  const factors = sizes.length ? sizes : DEFAULT_SIZES;
  const rounds = new Map<number, ScaleSamples[]>(factors.map((f) => [f, []]));
  const databases = new Map<number, { generatedSeconds: number; reused: boolean; bytes: number; run: string }>();
  try {
    for (const factor of factors) {
      const generated = await ensureGenerated(factor);
      const run = runDatabase(generated.name);
      databases.set(factor, { ...generated, run });
      console.error(
        `bench scale: ${factor}x: ${generated.reused ? "reusing" : "generated"} ${generated.name} (${(generated.bytes / 1e9).toFixed(2)} GB, generation ${generated.generatedSeconds.toFixed(0)} s)`,
      );
      await withAdmin(async (admin) => {
        await dropDatabase(admin, run);
        await copyTemplate(admin, generated.name, run);
      });
    }
    for (let round = 0; round < ROUNDS; round++)
      for (const factor of factors)
        rounds.get(factor)!.push(await measureRound(factor, databases.get(factor)!.run, round));
  } finally {
    await withAdmin(async (admin) => {
      for (const { run } of databases.values()) await dropDatabase(admin, run);
    });
  }
  const results = new Map([...rounds].map(([factor, r]) => [factor, mergeRounds(r)]));
  const figures = toFigures(results);
  printTable(results, databases);
  return figures;
}

/** One operation's p50 and p95 at a size; for the export, also per exported verdict. */
function stats(samples: ScaleSamples, key: string): { p50: number; p95: number; name: string; note?: string } | null {
  const op = samples.operations.find((o) => o.key === key);
  if (!op || op.samples.length === 0) return null;
  return { p50: quantile(op.samples, 0.5), p95: quantile(op.samples, 0.95), name: op.name, note: op.note };
}

function toFigures(results: Map<number, ScaleSamples>): BenchFigure[] {
  const figures: BenchFigure[] = [];
  const base = results.get(1);
  const keys = [...new Set([...results.values()].flatMap((r) => r.operations.map((o) => o.key)))];
  for (const [factor, samples] of results) {
    for (const key of keys) {
      const s = stats(samples, key);
      if (!s) continue;
      const b = base ? stats(base, key) : null;
      const label = (q: string) => `${factor}× workspace: ${s.name}, ${q}${s.note ? ` (${s.note})` : ""}`;
      const baseline = (q: "p50" | "p95") =>
        b
          ? {
              name: `the same at 1×${base!.counts.exportItems && key === "export" ? ` (${base!.counts.exportItems} verdicts)` : ""}`,
              value: b[q],
            }
          : { name: "no 1× run", value: Number.NaN };
      const goal = factor === 1 ? undefined : key === "export" ? "grows with the verdicts exported" : GOAL;
      figures.push(figure(label("p50"), s.p50, "ms", baseline("p50"), goal));
      figures.push(figure(label("p95"), s.p95, "ms", baseline("p95"), goal));
      if (key === "export" && samples.counts.exportItems && base?.counts.exportItems && b) {
        const per = (x: ScaleSamples, v: number) => v / x.counts.exportItems!;
        figures.push(
          figure(
            `${factor}× workspace: ClaimReview export, p50 per exported verdict`,
            per(samples, s.p50),
            "ms",
            { name: "the same at 1×", value: per(base, b.p50) },
            factor === 1 ? undefined : GOAL,
          ),
        );
      }
    }
  }
  return figures;
}

function printTable(
  results: Map<number, ScaleSamples>,
  databases: Map<number, { generatedSeconds: number; reused: boolean; bytes: number }>,
): void {
  const factors = [...results.keys()];
  const base = results.get(1);
  const keys = [...new Set([...results.values()].flatMap((r) => r.operations.map((o) => o.key)))];
  const cell = (n: number | undefined) => (n === undefined ? "—" : n >= 100 ? n.toFixed(0) : n.toFixed(1)).padStart(10);
  const lines: string[] = [];
  lines.push(
    `${"operation".padEnd(11)}${factors.map((f) => `${`${f}× p50`.padStart(10)}${`${f}× p95`.padStart(10)}`).join("")}${factors
      .filter((f) => f !== 1)
      .map((f) => `${`p50 ${f}/1`.padStart(12)}${`p95 ${f}/1`.padStart(12)}`)
      .join("")}`,
  );
  for (const key of keys) {
    const row = factors.map((f) => stats(results.get(f)!, key));
    const b = base ? stats(base, key) : null;
    const ratios = factors
      .filter((f) => f !== 1)
      .map((f) => {
        const s = stats(results.get(f)!, key);
        const r = (q: "p50" | "p95") =>
          s && b ? `${(s[q] / b[q]).toFixed(2)}×${s[q] / b[q] > 1.5 && key !== "export" ? "!" : " "}` : "—";
        return `${r("p50").padStart(12)}${r("p95").padStart(12)}`;
      });
    lines.push(`${key.padEnd(11)}${row.map((s) => `${cell(s?.p50)}${cell(s?.p95)}`).join("")}${ratios.join("")}`);
  }
  for (const f of factors) {
    const r = results.get(f)!;
    const d = databases.get(f)!;
    const c = r.counts;
    lines.push(
      `${f}×: ${c.Article} articles, ${c.Annotation} annotations, ${c.Claim} claims (${c.ClaimAppearance} appearances), ${c.Verdict} verdicts (${c.SUBMITTED} submitted, ${c.APPROVED} approved), ${c.Conflict} conflicts, ${c.AuditEvent} audit events; export of ${c.exportItems} verdicts; database ${(d.bytes / 1e9).toFixed(2)} GB, generated in ${d.generatedSeconds.toFixed(0)} s${d.reused ? " (kept from an earlier run)" : ""}`,
    );
    for (const op of r.operations)
      if (op.parts)
        lines.push(
          `  ${f}× ${op.key}: ${Object.entries(op.parts)
            .map(([k, v]) => `${k} ${quantile(v, 0.5).toFixed(1)} ms`)
            .join(", ")}`,
        );
  }
  console.error(`\nbench scale (ms; "!" = over the 1.5× goal):\n${lines.join("\n")}\n`);
}

runWhenMain(import.meta.url, measureScale);
