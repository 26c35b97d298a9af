import { describe, expect, it } from "vitest";
import { metricsRegistry } from "@/lib/ops/metrics";
import { timedExportBody } from "@/lib/exports/export-duration";

async function* chunks(fail = false): AsyncGenerator<string> {
  yield "a";
  yield "b";
  if (fail) throw new Error("serializer failed");
  yield "c";
}

async function count(format: string, outcome: string): Promise<number> {
  const metric = await metricsRegistry.getSingleMetric("factdesk_export_duration_seconds")!.get();
  const sample = metric.values.find(
    (v) =>
      (v as { metricName?: string }).metricName === "factdesk_export_duration_seconds_count" &&
      v.labels.format === format &&
      v.labels.outcome === outcome,
  );
  return sample?.value ?? 0;
}

describe("export duration", () => {
  it("passes every chunk through and records one complete export", async () => {
    const out: string[] = [];
    for await (const chunk of timedExportBody("csv", performance.now(), chunks())) out.push(chunk);
    expect(out).toEqual(["a", "b", "c"]);
    expect(await count("csv", "complete")).toBe(1);
  });

  it("records a failed export and rethrows", async () => {
    const read = async () => {
      for await (const _chunk of timedExportBody("pdf", performance.now(), chunks(true))) void _chunk;
    };
    await expect(read()).rejects.toThrow("serializer failed");
    expect(await count("pdf", "failed")).toBe(1);
  });

  it("records a download the client stopped reading as cancelled", async () => {
    const body = timedExportBody("markdown", performance.now(), chunks());
    await body.next();
    await body.return(undefined);
    expect(await count("markdown", "cancelled")).toBe(1);
    expect(await count("markdown", "complete")).toBe(0);
  });
});
