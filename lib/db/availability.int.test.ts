import net from "node:net";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import {
  databaseKnownDown,
  meansServerGone,
  reportDatabaseAnswered,
  reportDatabaseUnreachable,
  watchPoolAvailability,
} from "@/lib/db/availability";

/** A port nothing listens on: connects are refused at once. */
const REFUSED_URL = "postgresql://postgres@127.0.0.1:1/none";

async function until(condition: () => boolean, limitMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > limitMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

afterEach(() => reportDatabaseAnswered());

describe("database availability, learnt from the app's own connections", () => {
  it("a refused connect of the pool marks the database down; the recovery check clears it once the server answers", async () => {
    const pool = new pg.Pool({ connectionString: REFUSED_URL, connectionTimeoutMillis: 2_000 });
    // the recovery check asks the real test database: it answers, as a restarted server would
    watchPoolAvailability(pool, process.env.DATABASE_URL!);
    expect(databaseKnownDown()).toBe(false);
    await expect(pool.query("SELECT 1")).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(databaseKnownDown()).toBe(true);
    await until(() => !databaseKnownDown());
    await pool.end();
  });

  it("stays down while the server keeps refusing", async () => {
    reportDatabaseUnreachable(REFUSED_URL);
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // two recovery checks
    expect(databaseKnownDown()).toBe(true);
  });

  it("a connect that waits too long is load, not an outage: nothing is marked", async () => {
    const silent = net.createServer(() => undefined); // takes the TCP connection, never speaks PostgreSQL
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const pool = new pg.Pool({
      connectionString: `postgresql://postgres@127.0.0.1:${port}/none`,
      connectionTimeoutMillis: 300,
    });
    watchPoolAvailability(pool, REFUSED_URL);
    await expect(pool.connect()).rejects.toThrow(/timeout/);
    expect(databaseKnownDown()).toBe(false);
    await pool.end();
    silent.close();
  });

  it("a working pool never marks anything, in either form of connect", async () => {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    watchPoolAvailability(pool, process.env.DATABASE_URL!);
    const client = await pool.connect();
    client.release();
    await pool.query("SELECT 1"); // pg's query() uses the callback form of connect
    expect(databaseKnownDown()).toBe(false);
    await pool.end();
  });
});

describe("meansServerGone", () => {
  it("refused, reset and shutting-down servers are gone; timeouts and other errors are not", () => {
    for (const code of ["ECONNREFUSED", "ECONNRESET", "57P01", "57P03"]) expect(meansServerGone({ code })).toBe(true);
    expect(meansServerGone(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(meansServerGone(new Error("timeout exceeded when trying to connect"))).toBe(false);
    expect(meansServerGone({ code: "53300" })).toBe(false); // too many connections: busy, not down
    expect(meansServerGone(null)).toBe(false);
  });
});
