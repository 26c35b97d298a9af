import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

// Guards against a schema.prisma change committed without its migration
// (prisma/migrations must always produce exactly the schema).
describe("prisma/migrations", () => {
  it("match prisma/schema.prisma (no drift)", async () => {
    const result = await run(
      "npx",
      [
        "prisma",
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema",
        "prisma/schema.prisma",
        "--exit-code",
      ],
      { env: process.env },
    ).then(
      () => 0,
      (error: { code?: number; stdout?: string }) => {
        if (error.code !== 2) throw error;
        console.error(error.stdout);
        return 2;
      },
    );
    expect(result, "schema.prisma has changes without a migration: run npm run db:migrate:new -- <name>").toBe(0);
  }, 60_000);
});
