import { describe, expect, it } from "vitest";
import { GET as ready } from "@/app/api/health/ready/route";
import { markShuttingDown } from "@/lib/ops/shutdown-hooks";

// Its own file: a shutdown, once begun, lasts for the rest of the process.
describe("readiness while shutting down", () => {
  it('answers 503 "shutting down" from the signal on, without asking the database', async () => {
    markShuttingDown();
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "shutting down", checks: [] });
  });
});
