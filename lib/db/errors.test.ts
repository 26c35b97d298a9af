import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { translateDatabaseError } from "@/lib/db/errors";
import { InvalidInputError, ServiceUnavailableError } from "@/lib/errors";
import { failure, statusOf } from "@/lib/http/action-result";

/** What Prisma really throws when nothing listens on the database port (no database needed). */
async function unreachableDatabaseError(): Promise<unknown> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:1/none", connectionTimeoutMillis: 2_000 }) });
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
    expect(failure(error)).toMatchObject({ ok: false, status: 503, error: expect.stringContaining("Nothing was changed") });
  });

  it("turns PostgreSQL's refusal of the NUL character (22021) into a 400 on the form", () => {
    const nul = Object.assign(new Error("invalid byte sequence"), { code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "22021" } } } });
    expect(translateDatabaseError(nul)).toBeInstanceOf(InvalidInputError);
    expect(statusOf(nul)).toBe(400);
  });

  it("leaves every other error alone (a 500 stays a 500)", () => {
    const other = Object.assign(new Error("deadlock"), { code: "P2034" });
    expect(translateDatabaseError(other)).toBe(other);
    expect(statusOf(other)).toBe(500);
  });
});
