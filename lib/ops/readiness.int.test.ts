import { afterEach, describe, expect, it } from "vitest";
import { checkReadiness, expectedMigrations } from "@/lib/ops/readiness";
import { startTestJobRunner } from "@/lib/worker/test-support";
import { GET as ready } from "@/app/api/health/ready/route";
import { GET as live } from "@/app/api/health/live/route";

afterEach(() => {
  delete process.env.JOBS_DISABLED;
});

describe("health", () => {
  it("live answers without looking at anything", async () => {
    const response = live();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "live" });
  });

  it("ready: the test database answers and has every migration of prisma/migrations, and the job runner runs", async () => {
    expect(expectedMigrations().length).toBeGreaterThan(5);
    const jobs = await startTestJobRunner();
    try {
      const response = await ready();
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        status: "ready",
        checks: [
          { name: "database", ok: true },
          { name: "migrations", ok: true },
          { name: "jobs", ok: true },
        ],
      });
    } finally {
      await jobs.stop();
    }
  });

  it("not ready while this process's job runner is not started; ready with JOBS_DISABLED=1 (another instance runs them)", async () => {
    const readiness = await checkReadiness();
    expect(readiness.ready).toBe(false);
    expect(readiness.checks).toEqual([
      expect.objectContaining({ name: "database", ok: true }),
      expect.objectContaining({ name: "migrations", ok: true }),
      { name: "jobs", ok: false, detail: expect.stringMatching(/^not started/) },
    ]);

    process.env.JOBS_DISABLED = "1";
    expect(await checkReadiness()).toMatchObject({
      ready: true,
      checks: [{ ok: true }, { ok: true }, { name: "jobs", ok: true }],
    });
  });

  it("not ready while a migration of this build is missing", async () => {
    process.env.JOBS_DISABLED = "1";
    const readiness = await checkReadiness(process.env.DATABASE_URL, [
      ...expectedMigrations(),
      "29991231000000_from_the_future",
    ]);
    expect(readiness.ready).toBe(false);
    expect(readiness.checks[1]).toMatchObject({
      name: "migrations",
      ok: false,
      detail: expect.stringContaining("29991231000000_from_the_future"),
    });
  });

  it("not ready, quickly, when the database does not answer", async () => {
    const readiness = await checkReadiness("postgresql://nobody@127.0.0.1:9/none");
    expect(readiness).toMatchObject({ ready: false, checks: [{ name: "database", ok: false }, { name: "jobs" }] });
  });
});
