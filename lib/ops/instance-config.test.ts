import { randomBytes } from "node:crypto";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { assertInstanceConfig, checkInstanceConfig } from "@/lib/ops/instance-config";

const key = (bytes: number) => randomBytes(bytes).toString("base64");

describe("checkInstanceConfig", () => {
  it("accepts one instance without a key (Next.js's per-build key serves it)", () => {
    expect(checkInstanceConfig({})).toEqual({ errors: [], warnings: [] });
    expect(checkInstanceConfig({ FACTDESK_INSTANCES: "1", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "" })).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it("refuses several instances without a shared key, and says how to make one", () => {
    const { errors } = checkInstanceConfig({ FACTDESK_INSTANCES: "3" });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/FACTDESK_INSTANCES=3, but NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set/);
    expect(errors[0]).toMatch(/openssl rand -base64 32/);
  });

  it("accepts several instances with a 16, 24 or 32 byte base64 key", () => {
    for (const bytes of [16, 24, 32]) {
      expect(
        checkInstanceConfig({ FACTDESK_INSTANCES: "4", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key(bytes) }),
        `${bytes} bytes`,
      ).toEqual({ errors: [], warnings: [] });
    }
  });

  it("refuses a key that is not base64 or not an AES key length, whatever the instance count", () => {
    const cases: [string, RegExp][] = [
      ["not a key!", /is not base64/],
      ["c2VjcmV0", /is 6 bytes long; an AES key has 16, 24 or 32/],
      [key(32).slice(0, -1), /is not base64/], // a truncated copy-paste
      [key(31), /is 31 bytes long/],
      [key(64), /is 64 bytes long/],
    ];
    for (const [value, message] of cases) {
      for (const instances of [undefined, "2"]) {
        const { errors } = checkInstanceConfig({
          FACTDESK_INSTANCES: instances,
          NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: value,
        });
        expect(errors, `${value} with ${instances ?? "no"} instances`).toEqual([expect.stringMatching(message)]);
      }
    }
  });

  it("refuses an instance count that is no whole number of 1 or more", () => {
    for (const bad of ["0", "-2", "two", "1.5"]) {
      expect(
        checkInstanceConfig({ FACTDESK_INSTANCES: bad, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key(32) }).errors,
        bad,
      ).toEqual([expect.stringMatching(/FACTDESK_INSTANCES must be a whole number/)]);
    }
  });

  it("warns (without refusing) when JOBS_DISABLED=1 hints at other instances but none are declared", () => {
    const report = checkInstanceConfig({ JOBS_DISABLED: "1" });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([
      expect.stringMatching(/set FACTDESK_INSTANCES and the same NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/),
    ]);
    expect(checkInstanceConfig({ JOBS_DISABLED: "1", FACTDESK_INSTANCES: "1" }).warnings).toEqual([]);
    expect(checkInstanceConfig({ JOBS_DISABLED: "1", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key(32) }).warnings).toEqual(
      [],
    );
  });
});

describe("assertInstanceConfig", () => {
  function capture() {
    const lines: { level: number; msg: string }[] = [];
    const log = pino({ level: "trace" }, { write: (line: string) => lines.push(JSON.parse(line)) });
    return { log, lines };
  }

  it("logs each error as fatal and throws, so the server does not start", () => {
    const { log, lines } = capture();
    expect(() => assertInstanceConfig({ FACTDESK_INSTANCES: "2" }, log)).toThrow(
      /^Refusing to start: FACTDESK_INSTANCES=2, but NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set/,
    );
    expect(lines.map((l) => [l.level, l.msg.slice(0, 21)])).toEqual([[60, "FACTDESK_INSTANCES=2,"]]);
  });

  it("logs warnings and lets a sound configuration start", () => {
    const { log, lines } = capture();
    expect(() => assertInstanceConfig({ JOBS_DISABLED: "1" }, log)).not.toThrow();
    expect(() =>
      assertInstanceConfig({ FACTDESK_INSTANCES: "2", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key(32) }, log),
    ).not.toThrow();
    expect(lines.map((l) => l.level)).toEqual([40]);
  });
});
