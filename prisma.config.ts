import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI downloads a native `schema-engine` binary that these machines
// cannot reach. Point it at prisma/schema-engine-wasm.mjs, which runs Prisma's
// own WebAssembly build of the same engine commit (README: Prisma without network access).
// An explicit PRISMA_SCHEMA_ENGINE_BINARY wins; PRISMA_NATIVE_SCHEMA_ENGINE=1
// restores the stock download.
if (!process.env.PRISMA_NATIVE_SCHEMA_ENGINE) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "prisma", "schema-engine-wasm.mjs");
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  // process.env, not env(): env() throws when unset and would break `npm ci` (postinstall generate).
  // Migrations run as the owner of the tables: MIGRATE_DATABASE_URL when the app connects
  // as a role without DDL rights (lib/db/roles.ts), else the one DATABASE_URL.
  datasource: { url: process.env.MIGRATE_DATABASE_URL || process.env.DATABASE_URL },
});
