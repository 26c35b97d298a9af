#!/usr/bin/env node
// Non-interactive "create a migration from the schema change":
//   npm run db:migrate:new -- <name>
// Diffs the migration history (replayed in a temporary shadow database) against
// prisma/schema.prisma and writes prisma/migrations/<timestamp>_<name>/migration.sql.
// Unlike `prisma migrate dev`, it never prompts, so it also works for schema changes
// with data-loss warnings; review the SQL, then apply it with `prisma migrate deploy`
// (or `prisma migrate dev`).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9_]+/g, "_")
  .replace(/^_+|_+$/g, "");
if (!name) {
  console.error("usage: npm run db:migrate:new -- <name>");
  process.exit(64);
}
const migrationsDir = path.join("prisma", "migrations");
const ts = new Date().toISOString().replace(/\D/g, "").slice(0, 14); // same format as prisma migrate dev
const dir = path.join(migrationsDir, `${ts}_${name}`);
const tmp = mkdtempSync(path.join(tmpdir(), "migration-"));
const out = path.join(tmp, "migration.sql"); // not inside prisma/migrations while diffing
const r = spawnSync(
  "npx",
  [
    "prisma",
    "migrate",
    "diff",
    "--from-migrations",
    migrationsDir,
    "--to-schema",
    path.join("prisma", "schema.prisma"),
    "--script",
    "--exit-code",
    "--output",
    out,
  ],
  { stdio: "inherit" },
);
try {
  if (r.status === 2) {
    mkdirSync(dir, { recursive: true });
    copyFileSync(out, path.join(dir, "migration.sql"));
    console.log(`Created ${path.join(dir, "migration.sql")}`);
  } else if (r.status === 0) {
    console.log("No schema changes: no migration created.");
  } else {
    process.exitCode = r.status ?? 1;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
