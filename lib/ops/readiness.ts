import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { jobRunnerStatus } from "@/lib/jobs/job-runner-state";

/**
 * What /api/health/ready reports to a load balancer or orchestrator: whether
 * this instance can serve — the database answers and has every migration the
 * code expects applied, and this process's job runner is started (unless
 * JOBS_DISABLED=1 turned it off: another instance runs the jobs). Checked on a short-lived connection of its own with a
 * 2 s limit, so a readiness probe never waits on (or takes) the app's pool.
 */
const CHECK_TIMEOUT_MS = 2_000;

export interface ReadinessCheck {
  name: "database" | "migrations" | "jobs";
  ok: boolean;
  detail: string;
}

export interface Readiness {
  ready: boolean;
  checks: ReadinessCheck[];
}

/** The migrations this build expects: the folders under prisma/migrations (shipped with the app). */
export function expectedMigrations(root = process.cwd()): string[] {
  try {
    return readdirSync(path.join(root, "prisma", "migrations"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

export async function checkReadiness(
  connectionString: string | undefined = process.env.DATABASE_URL,
  expected = expectedMigrations(),
): Promise<Readiness> {
  if (!connectionString)
    return { ready: false, checks: [{ name: "database", ok: false, detail: "DATABASE_URL is not set" }, jobsCheck()] };
  const schema = new URL(connectionString).searchParams.get("schema") ?? "public";
  // no statement_timeout: a startup parameter PgBouncer refuses ("unsupported startup parameter"); query_timeout bounds the wait
  const client = new pg.Client({
    connectionString,
    connectionTimeoutMillis: CHECK_TIMEOUT_MS,
    query_timeout: CHECK_TIMEOUT_MS,
  });
  client.on("error", () => undefined); // a dying server must not crash the process
  try {
    await client.connect();
    const applied = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM ${client.escapeIdentifier(schema)}."_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Set(applied.rows.map((r) => r.migration_name));
    const missing = expected.filter((name) => !done.has(name));
    const migrations: ReadinessCheck =
      missing.length === 0
        ? { name: "migrations", ok: true, detail: `${expected.length} applied` }
        : { name: "migrations", ok: false, detail: `not applied yet: ${missing.join(", ")}` };
    const jobs = jobsCheck();
    return {
      ready: migrations.ok && jobs.ok,
      checks: [{ name: "database", ok: true, detail: "answers" }, migrations, jobs],
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ready: false, checks: [{ name: "database", ok: false, detail: reason.slice(0, 200) }, jobsCheck()] };
  } finally {
    void client.end().catch(() => undefined);
  }
}

/** The background job runner of this process (lib/worker, its state in lib/jobs): started, or turned off on purpose. */
function jobsCheck(): ReadinessCheck {
  if (process.env.JOBS_DISABLED === "1")
    return { name: "jobs", ok: true, detail: "JOBS_DISABLED=1: another instance runs the jobs" };
  const { state, detail } = jobRunnerStatus();
  return { name: "jobs", ok: state === "started", detail: `${state}: ${detail}` };
}
