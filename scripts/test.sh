#!/usr/bin/env bash
# `npm test`: lint + typecheck, unit, the optional corpus suite (when the folder of
# test/corpus/corpus-dir.ts exists), integration (real PostgreSQL: TEST_DATABASE_URL's
# server if set, else a throw-away embedded one), production build, Playwright e2e
# (Debian chromium), load and faults (the build under load). Every stage runs even if an
# earlier one failed; each writes its counts to test-results/summary/<stage>.json, and the
# last line sums them.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
summary=test-results/summary
rm -rf "$summary" && mkdir -p "$summary"

stage_started=$SECONDS
# prints how long the previous stage took, so slow stages show in the CI log
stage() { echo "::: $1 (previous stage took $((SECONDS - stage_started)) s)"; stage_started=$SECONDS; }

record() { # name passed failed
  printf '{"name":"%s","passed":%d,"failed":%d}\n' "$1" "$2" "$3" > "$summary/$1.json"
}
check() { # name command... : a single pass/fail check
  local name=$1; shift
  echo "::: $name"
  if "$@"; then record "$name" 1 0; else record "$name" 0 1; fi
}
vitest_project() { # project [vitest options…]
  local project=$1 out=test-results/vitest-$1.json
  shift
  rm -f "$out"
  stage "vitest $project"
  npx vitest run --project "$project" "$@" --reporter=default --reporter=json --outputFile="$out"
  node scripts/count-results.mjs vitest "$out" "$project" > "$summary/$project.json" || record "$project" 0 1
}

# lint, typecheck and the formatting check are single-threaded: run them side by side on the two cores
check lint npx eslint . &
check typecheck npx tsc --noEmit &
check format npx prettier --check . &
wait
# vitest's default is one worker fewer than the cores, which is one worker here: use both
# (threads start faster than forks: about 12% less time for the same tests)
vitest_project unit --maxWorkers=2 --pool=threads
vitest_project unit-isolated --maxWorkers=1 --pool=threads
# The real-news corpus suite runs only where the corpus is (the project's machines, CI);
# a plain clone has its own test articles (test/articles) and skips it, saying so.
# the folder comes from test/corpus/corpus-dir.ts, the suite's one home (FACTDESK_CORPUS_DIR overrides it)
corpus_dir=$(npx tsx -e 'import("./test/corpus/corpus-dir.ts").then((m) => console.log(m.corpusDir()))')
if ls "$corpus_dir"/*.txt >/dev/null 2>&1; then
  FACTDESK_CORPUS_DIR=$corpus_dir vitest_project corpus --maxWorkers=2
else
  echo "::: corpus suite SKIPPED: no corpus at $corpus_dir (set FACTDESK_CORPUS_DIR to run it)"
fi
# Integration tests wait on PostgreSQL much of the time: more workers than cores keep both busy (threads: a
# file's setup costs a third of a fresh process's), and the production build runs beside them for the same
# reason. The build is standalone too (.next/standalone, for test/load/standalone.load.test.ts: the Docker
# image's server); `next start` serves the same build as ever, since it reads next.config.js without NEXT_OUTPUT.
mkdir -p test-results
(check build env NEXT_OUTPUT=standalone npx next build > test-results/build.log 2>&1) &
build_pid=$!
vitest_project integration --maxWorkers=3 --pool=threads
# the few integration test files that mock a module, each in a fresh worker (vitest.config.ts)
vitest_project integration-isolated --maxWorkers=2 --pool=threads
wait "$build_pid"
stage "build (it ran beside the integration tests; the end of its output)"
tail -n 30 test-results/build.log
stage "playwright e2e"
rm -f test-results/playwright.json
npx playwright test
node scripts/count-results.mjs playwright test-results/playwright.json e2e > "$summary/e2e.json" || record e2e 0 1
# Load and faults (test/load): the built app under 50 editors, a PostgreSQL crash, two instances.
# Bounded: at the limit every process gets SIGTERM, and the tests stop their apps and databases.
stage "load and faults"
rm -f test-results/vitest-load.json
# 12 s of load (LOAD_SECONDS, default 60 when run alone; two instances 12 instead of 25; the crash test 24 instead
# of 30, its outage over by 17 s) keeps npm test inside CI's time.
LOAD_SECONDS=${LOAD_SECONDS:-12} TWO_INSTANCES_SECONDS=${TWO_INSTANCES_SECONDS:-12} FAULT_SECONDS=${FAULT_SECONDS:-24} timeout --kill-after=30 300 npx vitest run --config test/load/vitest.config.ts --reporter=default --reporter=json --outputFile=test-results/vitest-load.json
node scripts/count-results.mjs vitest test-results/vitest-load.json load > "$summary/load.json" || record load 0 1

stage "summary"
node scripts/count-results.mjs sum "$summary"
