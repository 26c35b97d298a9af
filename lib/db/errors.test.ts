import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { translateDatabaseError } from "@/lib/db/errors";
import { InvalidInputError, ServiceUnavailableError } from "@/lib/errors";
import { failure, statusOf } from "@/lib/http/action-result";

/** What Prisma really throws when nothing listens on the database port (no database needed). */
async function unreachableDatabaseError(): Promise<unknown> {
  const client = new PrismaClient({
    adapter: new PrismaPg({
      connectionString: "postgresql://postgres@127.0.0.1:1/none",
      connectionTimeoutMillis: 2_000,
    }),
  });
  try {
    await client.user.findFirst();
    throw new Error("expected the query to fail");
  } catch (error) {
    return error;
  } finally {
    await client.$disconnect();
  }
}

describe("translateDatabaseError", () => {
  it("turns an unreachable database into a 503 that says nothing was changed", async () => {
    const error = await unreachableDatabaseError();
    expect(translateDatabaseError(error)).toBeInstanceOf(ServiceUnavailableError);
    expect(statusOf(error)).toBe(503);
    expect(failure(error)).toMatchObject({
      ok: false,
      status: 503,
      error: expect.stringContaining("Nothing was changed"),
    });
  });

  it("a database that accepts the connection but never answers: 503 after the connect timeout, not a 500 or a hang", async () => {
    const silent = net.createServer(() => undefined); // takes the TCP connection, never speaks PostgreSQL
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const client = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: `postgresql://postgres@127.0.0.1:${port}/none`,
        connectionTimeoutMillis: 300,
      }),
    });
    try {
      const error = await client.user.findFirst().catch((e: unknown) => e);
      expect(statusOf(error)).toBe(503);
    } finally {
      await client.$disconnect();
      silent.close();
    }
  });

  it.each([
    "Connection terminated unexpectedly", // the server died mid-query or mid-transaction (crash, restart)
    "timeout exceeded when trying to connect", // every pooled connection busy for connectionTimeoutMillis
    "Client has encountered a connection error and is not queryable",
  ])("node-postgres's uncoded connection error %j, as Prisma passes it on, is a 503", (message) => {
    const plain = Object.assign(new Error(message), { clientVersion: "7.10.0" });
    const wrapped = Object.assign(new Error(`\nInvalid \`db.verdict.create()\` invocation:\n\n\n${message}`), {
      clientVersion: "7.10.0",
    });
    expect(statusOf(plain)).toBe(503);
    expect(statusOf(wrapped)).toBe(503);
    expect(statusOf(new Error(`${message} (but said by someone else)`))).toBe(500);
  });

  it("a transaction that found no free pooled connection in time (P2028) is a 503; an expired transaction stays a 500", () => {
    const noConnection = Object.assign(
      new Error("Transaction API error: Unable to start a transaction in the given time."),
      { code: "P2028", clientVersion: "7.10.0" },
    );
    const expired = Object.assign(
      new Error(
        "Transaction API error: Transaction already closed: A commit cannot be executed on an expired transaction.",
      ),
      { code: "P2028" },
    );
    expect(statusOf(noConnection)).toBe(503);
    expect(statusOf(expired)).toBe(500);
  });

  it("turns PostgreSQL's refusal of the NUL character (22021) into a 400 on the form", () => {
    const nul = Object.assign(new Error("invalid byte sequence"), {
      code: "P2010",
      meta: { driverAdapterError: { cause: { originalCode: "22021" } } },
    });
    expect(translateDatabaseError(nul)).toBeInstanceOf(InvalidInputError);
    expect(statusOf(nul)).toBe(400);
  });

  it("a deadlock or a lost serialization is a 409 that says nothing was changed", () => {
    for (const code of ["P2034", "40P01", "40001"]) {
      const error = Object.assign(new Error("deadlock detected"), { code });
      expect(statusOf(error)).toBe(409);
    }
  });

  it("leaves every other error alone (a 500 stays a 500)", () => {
    const other = Object.assign(new Error("raw query failed"), { code: "P2010" });
    expect(translateDatabaseError(other)).toBe(other);
    expect(statusOf(other)).toBe(500);
  });
});
