import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// `@/…` resolves from the repository root, as in tsconfig.json's paths.
const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * Five projects:
 * - unit: pure code, no database (`*.test.ts` beside the code), and unit-isolated: the few of them that mock a module;
 * - corpus: pure checks on the real-news corpus (`*.corpus.test.ts`), run only when it is present;
 * - integration: use cases against a real, freshly migrated PostgreSQL
 *   (`*.int.test.ts`). The global setup creates the database once per run and
 *   hands its URL to every test file through `provide` / `inject`; and integration-isolated: the few of them
 *   that mock a module.
 * JSON results: `--reporter=default --reporter=json --outputFile=test-results/vitest-<project>.json`.
 */
const UNIT_TESTS = [
  "lib/**/*.test.ts",
  "prisma/**/*.test.ts",
  "test/architecture/**/*.test.ts",
  "test/fuzz/**/*.test.ts",
  "test/i18n/**/*.test.ts",
  "test/lint/**/*.test.ts",
];
/** Unit tests that mock a module with vi.mock: they run isolated (project unit-isolated). */
const MOCKING_UNIT_TESTS = ["lib/text-import/fetch-article-url.test.ts"];
/** Integration tests that mock a module with vi.mock: they run isolated (project integration-isolated). */
const MOCKING_INTEGRATION_TESTS = [
  "lib/http/action-result.int.test.ts",
  "lib/publishing/publish-refused-on-localhost.int.test.ts",
];
/** Both integration projects: one fresh migrated database per run, handed to every test file. */
const INTEGRATION = {
  globalSetup: ["test/integration-setup.ts"],
  setupFiles: ["test/integration-env.ts"],
  // Real argon2 hashing and row locks: allow more than the 5 s default.
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  resolve: { alias: { "@": root.replace(/\/$/, "") } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: UNIT_TESTS,
          exclude: ["**/*.int.test.ts", "**/*.corpus.test.ts", "**/node_modules/**", ...MOCKING_UNIT_TESTS],
          // Pure code: a worker keeps its modules from one test file to the next instead of importing the
          // app again for each (the suite took 93 s, imports half of it; 55 s this way).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // test files that replace a module (vi.mock): in a shared worker the real one may already be loaded
          name: "unit-isolated",
          environment: "node",
          include: MOCKING_UNIT_TESTS,
        },
      },
      {
        extends: true,
        test: {
          // the optional real-news corpus (test/corpus/corpus-dir.ts): scripts/test.sh runs it only when the folder exists
          name: "corpus",
          environment: "node",
          include: ["lib/**/*.corpus.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["lib/**/*.int.test.ts"],
          exclude: ["**/node_modules/**", ...MOCKING_INTEGRATION_TESTS],
          ...INTEGRATION,
          // A worker keeps its modules and its database pool from one test file to the next instead of importing the
          // app and connecting again for each (the project took 5.8 minutes on 2 cores, 1.9 this way).
          // test/integration-env.ts puts back what a file changed (the environment, the connections of a file that
          // points the app at another database) and starts each file with the process's database statistics forgotten.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // test files that replace a module (vi.mock): in a shared worker the real one may already be loaded
          name: "integration-isolated",
          environment: "node",
          include: MOCKING_INTEGRATION_TESTS,
          ...INTEGRATION,
        },
      },
    ],
  },
});
