// `npm start`: serves Factdesk. With DATABASE_URL (environment or .env) it uses that
// server; without it, a PostgreSQL embedded in the project folder with demo data
// (scripts/prepare-database.ts). Migrations are applied on every start; the app is built
// on the first start and again whenever the code changed since the last build.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { config } from "dotenv";
import { buildNeeded, currentBuildFingerprint } from "../lib/ops/build-fingerprint";
import { announceWhenReady, bin, Launcher, persistentSecret, root } from "./launcher";
import { prepareDatabase } from "./prepare-database";

config({ quiet: true });
const env = process.env;
env.NEXT_TELEMETRY_DISABLED = "1";
const host = env.HOST || "0.0.0.0";
const port = env.PORT || "3000";
const launcher = new Launcher("npm start");

async function main(): Promise<void> {
  const data = await prepareDatabase(launcher);
  env.NEXTAUTH_SECRET ||= persistentSecret();
  env.NEXTAUTH_URL ||= `http://localhost:${port}`;

  await buildIfChanged();
  const next = launcher.serve(bin("next"), ["start", "-H", host, "-p", port]);
  await announceWhenReady(launcher, next, { host, port, data });
}

/** .next/BUILD_ID is the fingerprint of the code the build was made from (next.config.js generateBuildId). */
async function buildIfChanged(): Promise<void> {
  const buildIdFile = path.join(root, ".next", "BUILD_ID");
  const builtWith = existsSync(buildIdFile) ? readFileSync(buildIdFile, "utf8") : undefined;
  const needed = buildNeeded(builtWith, currentBuildFingerprint(root));
  if (needed === "up to date") return;
  console.log(
    needed === "first build"
      ? "Building the app (first start only, about a minute)…"
      : "Code changed since the last build: rebuilding…",
  );
  await launcher.run(bin("next"), ["build"]);
}

main().catch((error: unknown) => launcher.fail(error instanceof Error ? error.message : String(error)));
