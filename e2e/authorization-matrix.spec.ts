/**
 * The authorization matrix (issue 7): every server action and every route
 * handler, found in the code, run against the built app as anonymous, as each
 * role of the owning workspace and as the admin of another workspace, with
 * the expected outcome of each cell from one table
 * (e2e/support/authz/expectations.ts). A refused cell must leave the database
 * unchanged (row counts and checksums of every table); an outsider's allowed
 * cell (its own workspace's lists) must leave the owner's workspace unchanged
 * and name none of its ids. Server actions are called over HTTP exactly as
 * the browser calls them: POST to the page that runs them, with their id.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createWorld, type World } from "./support/authz/world";
import { routeHandlersInSource, serverActionsInBuild, serverActionsInSource } from "./support/authz/enumerate";
import { EXPECTED, PERSONAS, type Persona } from "./support/authz/expectations";
import { ACTION_CALLS } from "./support/authz/action-calls";
import { ROUTE_CALLS } from "./support/authz/route-calls";
import { changedTables, fingerprint } from "./support/authz/fingerprint";
import { callAction, callRoute, type Answer, type Outcome } from "./support/authz/http";
import type { Fixture } from "./support/authz/fixtures";

const source = serverActionsInSource();
const built = serverActionsInBuild();
const routes = routeHandlersInSource();
const discovered = [...new Set([...source.keys, ...built.keys(), ...routes])];
/** a variant row ("GET /x (draft)") belongs to the route it names */
const baseKey = (key: string) => key.replace(/ \([^)]*\)$/, "");
const runnable = [...EXPECTED].flatMap(([key, expectation]) =>
  "cells" in expectation ? [{ key, cells: expectation.cells }] : [],
);

let world: World;
/** what each cell answered and which tables changed (where checked), written to test-results/e2e/authorization-matrix.json for review */
const observed: Record<
  string,
  Record<string, { changed: string[]; answers: { outcome: string; detail: string }[] }>
> = {};

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(60_000);
  world = await createWorld(baseURL!);
});

test("every server action and route handler in the code has its row in the matrix, and every row names one", () => {
  const cells = runnable.length * PERSONAS.length;
  const variants = runnable.filter(({ key }) => baseKey(key) !== key).length;
  console.log(
    `authorization matrix: ${runnable.length} actions/routes x ${PERSONAS.length} personas = ${cells} cells ` +
      `(${source.keys.length} server actions and ${routes.length} route handlers in the code, ${variants} rows for other states of a route, ${EXPECTED.size - runnable.length} routes excluded with a reason)`,
  );
  expect(
    discovered.filter((key) => !EXPECTED.has(key)),
    "actions/routes without a row in e2e/support/authz/expectations.ts",
  ).toEqual([]);
  expect(
    [...EXPECTED.keys()].filter((key) => !discovered.includes(baseKey(key))),
    "rows that name no action or route of the code",
  ).toEqual([]);
  expect(
    source.keys.filter((key) => !built.has(key)),
    "actions in the source but not in .next (rebuild, or the action is used by no component)",
  ).toEqual([]);
  expect(
    source.inline,
    'inline "use server" functions are in the build manifest only: keep actions in actions.ts modules',
  ).toEqual([]);
  expect(
    runnable.filter(({ key }) => !ACTION_CALLS[key] && !ROUTE_CALLS[key]).map(({ key }) => key),
    "rows without a call recipe (action-calls.ts / route-calls.ts)",
  ).toEqual([]);
});

test("no server action runs for an anonymous caller who posts it to a public page (Next forwards it to its own page, through the proxy)", async () => {
  test.setTimeout(90_000);
  const ran: string[] = [];
  // the fingerprint after the previous action, still the database's when this action's call makes no fixture
  let last: Record<string, string> | undefined;
  for (const [key, { id }] of built) {
    const call = ACTION_CALLS[key];
    if (!call) continue; // reported by the test above
    // public by design (the matrix says anonymous: ok): requesting a reset link, using one, accepting an invitation
    const row = EXPECTED.get(key);
    if (row && "cells" in row && row.cells.anonymous === "ok") continue;
    const f = call.setup ? await call.setup(world) : {};
    const before = (!call.setup && last) || (await fingerprint());
    const answer = await callAction(
      world.baseURL,
      "/signin",
      id,
      call.args(world.owner.slug, f),
      world.sessions.anonymous,
    );
    last = await fingerprint();
    const changed = changedTables(before, last);
    if (answer.outcome === "ok" || changed.length > 0)
      ran.push(`${key}: ${answer.detail}; changed: ${changed.join(", ")}`);
  }
  expect(ran).toEqual([]);
});

/** `app/w/[slug]/claims/[claimId]/page` → `/w/<slug>/claims/<claimId>` */
function pagePath(page: string, slug: string, f: Fixture): string {
  return (
    page
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\[(\w+)\]/g, (_m, param: string) => {
        const value = param === "slug" ? slug : f[param];
        if (!value) throw new Error(`page ${page} needs ${param}: add it to the call's fixture`);
        return encodeURIComponent(value);
      }) || "/"
  );
}

/** The slugs a persona names: the outsider also tries its own workspace with the owner's ids (id guessing). */
function slugsFor(persona: Persona, namesNoResource: boolean | undefined): string[] {
  return persona === "outsider" && !namesNoResource ? [world.owner.slug, world.other.slug] : [world.owner.slug];
}

async function attempt(
  key: string,
  persona: Persona,
  f: Fixture,
): Promise<{ answers: Answer[]; leakChecked: boolean }> {
  const action = ACTION_CALLS[key];
  if (action) {
    const builtAction = built.get(key);
    if (!builtAction) throw new Error(`${key} is not in .next/server/server-reference-manifest.json: rebuild`);
    const { id, page } = builtAction;
    const answers: Answer[] = [];
    for (const slug of slugsFor(persona, action.namesNoResource))
      answers.push(
        await callAction(world.baseURL, pagePath(page, slug, f), id, action.args(slug, f), world.sessions[persona]),
      );
    return { answers, leakChecked: true };
  }
  const route = ROUTE_CALLS[key]!;
  const who = route.auth === "token" ? world.tokens[persona] : route.auth === "session" ? world.sessions[persona] : {};
  const slugs = route.auth === "session" ? slugsFor(persona, route.namesNoResource) : [world.owner.slug];
  const answers: Answer[] = [];
  for (const slug of slugs) answers.push(await callRoute(world.baseURL, route.request(slug, f), who));
  return { answers, leakChecked: route.auth !== "public" };
}

/**
 * What a refused cell that changed nothing leaves to the next cell of its row: its fixture, untouched (the whole
 * database is as it was before the cell, so the fixture is in the state a fresh one would be), and the fingerprint
 * taken after the cell, still the database's, since nothing runs between two cells of a row. The next cell acts on
 * that fixture and compares against that fingerprint: a setup and a fingerprint fewer per such cell (half the
 * refused cells follow a refused cell).
 */
interface Untouched {
  f: Fixture;
  after: Record<string, string>;
}

/**
 * Runs one cell; returns what is wrong with it (empty: as expected). The
 * database is fingerprinted only where a check reads it (fingerprints are most
 * of the matrix's time): around every refused cell, and around the owner's
 * workspace for an outsider's allowed cell. A member's allowed cell may write,
 * so the cell after it makes its own fixture.
 */
async function runCell(
  key: string,
  persona: Persona,
  expected: Outcome,
  previous: Untouched | undefined,
): Promise<{ problems: string[]; untouched?: Untouched }> {
  const call = ACTION_CALLS[key] ?? ROUTE_CALLS[key]!;
  const f = previous?.f ?? (call.setup ? await call.setup(world) : {});
  const refused = expected !== "ok";
  const outsiderAllowed = !refused && persona === "outsider";
  const ownerScope = { workspaceId: world.owner.id };
  const before = refused
    ? (previous?.after ?? (await fingerprint()))
    : outsiderAllowed
      ? await fingerprint(ownerScope)
      : undefined;
  const { answers, leakChecked } = await attempt(key, persona, f);
  const after = before && (await fingerprint(refused ? {} : ownerScope));
  const changed = before && after ? changedTables(before, after) : [];
  (observed[key] ??= {})[persona] = { changed, answers: answers.map(({ outcome, detail }) => ({ outcome, detail })) };
  const problems = answers
    .filter((a) => a.outcome !== expected)
    .map((a) => `${persona}: expected ${expected}, got ${a.outcome} (${a.detail})`);
  if (refused) {
    if (changed.length > 0)
      problems.push(`${persona}: refused (${expected}) but the database changed: ${changed.join(", ")}`);
  } else if (outsiderAllowed) {
    if (changed.length > 0) problems.push(`outsider: the owner's workspace changed: ${changed.join(", ")}`);
    const secrets = [
      world.owner.id,
      world.owner.slug,
      ...Object.entries(f)
        .filter(([name]) => name.endsWith("Id"))
        .map(([, id]) => id),
    ];
    const leaked = leakChecked ? secrets.filter((secret) => answers.some((a) => a.body.includes(secret))) : [];
    if (leaked.length > 0) problems.push(`outsider: the answer names the owner's ${leaked.join(", ")}`);
  }
  return { problems, untouched: refused && after && changed.length === 0 ? { f, after } : undefined };
}

for (const { key, cells } of runnable) {
  test(key, async () => {
    test.setTimeout(90_000);
    expect(ACTION_CALLS[key] ?? ROUTE_CALLS[key], "a call recipe for this row").toBeTruthy();
    const problems: string[] = [];
    let previous: Untouched | undefined;
    for (const persona of PERSONAS) {
      const cell = await runCell(key, persona, cells[persona], previous);
      problems.push(...cell.problems);
      previous = cell.untouched;
    }
    expect(problems, `cells of ${key} that differ from the matrix`).toEqual([]);
  });
}

test.afterAll(() => {
  // merged: after a failure Playwright starts a new worker, which runs the remaining rows
  const file = path.join("test-results", "e2e", "authorization-matrix.json");
  mkdirSync(path.dirname(file), { recursive: true });
  const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as typeof observed) : {};
  writeFileSync(file, JSON.stringify({ ...earlier, ...observed }, null, 1));
});
