#!/usr/bin/env node
// Reads test-runner JSON reports and prints counts.
//   count-results.mjs vitest <report.json> <name>      → {"name","passed","failed"}
//   count-results.mjs playwright <report.json> <name>  → {"name","passed","failed"}
//   count-results.mjs sum <summary dir>                → a table, then "N passed, N failed" (exit 1 if any failed)
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const [mode, target, name] = process.argv.slice(2);
const read = (file) => JSON.parse(readFileSync(file, "utf8"));

if (mode === "vitest") {
  const r = read(target);
  // a file that fails to load counts as a failure even though it ran no test
  const brokenFiles = (r.testResults ?? []).filter(
    (f) => f.status === "failed" && (f.assertionResults ?? []).length === 0,
  ).length;
  print(r.numPassedTests, r.numFailedTests + brokenFiles);
} else if (mode === "playwright") {
  const s = read(target).stats;
  const errors = read(target).errors?.length ?? 0;
  print(s.expected, s.unexpected + s.flaky + errors);
} else if (mode === "sum") {
  let passed = 0;
  let failed = 0;
  for (const file of readdirSync(target).sort()) {
    const r = read(path.join(target, file));
    console.log(`  ${r.name.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed`);
    passed += r.passed;
    failed += r.failed;
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
} else {
  console.error("usage: count-results.mjs vitest|playwright <report.json> <name> | sum <dir>");
  process.exit(64);
}

function print(passed, failed) {
  console.log(JSON.stringify({ name, passed, failed }));
}
