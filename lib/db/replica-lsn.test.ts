import { describe, expect, it } from "vitest";
import { parseLsn, replicaServes, type ReplicaPosition } from "@/lib/db/replica-lsn";

const at = (lsn: string, lagMs = 0): ReplicaPosition => ({ replayLsn: parseLsn(lsn), lagMs });

describe("parseLsn", () => {
  it("orders positions by both halves, not as text", () => {
    expect(parseLsn("0/0")).toBe(0n);
    expect(parseLsn("0/16B3748")).toBe(0x16b3748n);
    expect(parseLsn("1/0")).toBe(0x1_0000_0000n);
    expect(parseLsn("A/FF") > parseLsn("9/FFFFFFFF")).toBe(true);
    expect(parseLsn("0/9") < parseLsn("0/10")).toBe(true);
  });

  it("refuses what is no WAL position", () => {
    for (const text of ["", "12", "0/", "/1", "0/G", "0/123456789"])
      expect(() => parseLsn(text)).toThrow(/not a WAL position/);
  });
});

describe("replicaServes", () => {
  it("serves the public from a replica within the allowed lag", () => {
    expect(replicaServes(at("0/500", 0), null, 5000)).toBe(true);
    expect(replicaServes(at("0/500", 5000), null, 5000)).toBe(true);
  });

  it("sends reads to the primary when the replica is down, lags too much, or its lag is unknown", () => {
    expect(replicaServes(null, null, 5000)).toBe(false);
    expect(replicaServes(at("0/500", 5001), null, 5000)).toBe(false);
    expect(replicaServes(at("0/500", Number.NaN), null, 5000)).toBe(false);
    expect(replicaServes(at("0/500", 1), null, 0)).toBe(false);
  });

  it("serves a writer only once the replica has replayed their last write", () => {
    expect(replicaServes(at("0/4FF"), parseLsn("0/500"), 5000)).toBe(false);
    expect(replicaServes(at("0/500"), parseLsn("0/500"), 5000)).toBe(true);
    expect(replicaServes(at("1/0"), parseLsn("0/FFFFFFFF"), 5000)).toBe(true);
  });
});
