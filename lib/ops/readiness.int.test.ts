import { describe, expect, it } from "vitest";
import { checkReadiness, expectedMigrations } from "@/lib/ops/readiness";
import { GET as ready } from "@/app/api/health/ready/route";
import { GET as live } from "@/app/api/health/live/route";

describe("health", () => {
  it("live answers without looking at anything", async () => {
    const response = live();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "live" });
  });

  it("ready: the test database answers and has every migration of prisma/migrations", async () => {
    expect(expectedMigrations().length).toBeGreaterThan(5);
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ready", checks: [{ name: "database", ok: true }, { name: "migrations", ok: true }] });
  });

  it("not ready while a migration of this build is missing", async () => {
    const readiness = await checkReadiness(process.env.DATABASE_URL, [...expectedMigrations(), "29991231000000_from_the_future"]);
    expect(readiness.ready).toBe(false);
    expect(readiness.checks[1]).toMatchObject({ name: "migrations", ok: false, detail: expect.stringContaining("29991231000000_from_the_future") });
  });

  it("not ready, quickly, when the database does not answer", async () => {
    const readiness = await checkReadiness("postgresql://nobody@127.0.0.1:9/none");
    expect(readiness).toMatchObject({ ready: false, checks: [{ name: "database", ok: false }] });
  });
});
