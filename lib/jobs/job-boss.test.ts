import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { EXPECTED_JOB_SCHEMA_VERSION } from "@/lib/jobs/job-boss";

describe("the job schema version", () => {
  it("is the one the installed pg-boss ships (update the constant with pg-boss)", () => {
    const file = createRequire(import.meta.url).resolve("pg-boss/version.json");
    const shipped = JSON.parse(readFileSync(file, "utf8")) as { schema: number };
    expect(EXPECTED_JOB_SCHEMA_VERSION).toBe(shipped.schema);
  });
});
