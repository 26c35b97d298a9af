import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// `@/…` from the repository root, as in the main vitest.config.ts.
const root = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");

/**
 * The load and fault stage (`npm run test:load`, a stage of scripts/test.sh):
 * each file starts its own database and built app(s) (`next start`, so run
 * `next build` first), drives them over loopback HTTP, then checks the
 * database. One file at a time: the machine has two cores and each file
 * measures throughput.
 */
export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    name: "load",
    environment: "node",
    include: ["test/load/**/*.load.test.ts"],
    fileParallelism: false,
    globalSetup: ["test/load/global-setup.ts"],
    // a scenario runs in beforeAll (database, apps, up to 60 s of load); each file stays well under a minute and a half
    hookTimeout: 150_000,
    testTimeout: 30_000,
    teardownTimeout: 60_000,
  },
});
