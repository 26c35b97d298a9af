/**
 * Fuzz of every server action's arguments against the built app (issue 13):
 * each action the build knows (found from the code, as in the authorization
 * matrix) is called as a signed-in admin with generated bad arguments —
 * null, undefined, numbers, objects, arrays, FormData with wrong or missing
 * fields, lone-surrogate strings, huge strings, an object for the slug, the
 * valid call with one argument swapped for junk — and with raw bodies React
 * would never send (20,000-deep nesting, a lone surrogate escape, bytes that
 * are not UTF-8). Every answer must be 2xx/3xx/4xx, and the action's own
 * ActionResult (read from the Flight response) never a 500 "Something went
 * wrong". Deterministic: fast-check with a fixed seed.
 */
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { createWorld, PASSWORD, type World } from "./support/authz/world";
import { serverActionsInBuild } from "./support/authz/enumerate";
import { ACTION_CALLS } from "./support/authz/action-calls";
import * as make from "./support/authz/fixtures";
import { callAction, signIn } from "./support/authz/http";
import type { Fixture } from "./support/authz/fixtures";

const SEED = 1313;
const GENERATED_CALLS_PER_ACTION = 6;

const lone = fc.constantFrom("\ud800", "a\udc00b", "title \udbff", "\udfff\ud800");
const junkString = fc.oneof(lone, fc.string({ unit: "binary", maxLength: 40 }), fc.constant("x".repeat(200_000)));
const junkForm = fc
  .dictionary(
    fc.constantFrom(
      "title",
      "email",
      "role",
      "name",
      "text",
      "source",
      "membershipId",
      "scope",
      "claimIds",
      "idempotencyKey",
      "token",
      "password",
      "x",
    ),
    junkString,
    { maxKeys: 5, noNullPrototype: true },
  )
  .map((fields) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    return form;
  });
const nested = (depth: number): unknown =>
  Array.from({ length: depth }).reduce<unknown>((inner) => ({ a: [inner] }), "leaf");
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.oneof(fc.integer(), fc.double(), fc.boolean()),
  junkString,
  fc.array(fc.oneof(fc.integer(), junkString, fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(
    fc.string({ maxLength: 12 }),
    fc.oneof(fc.integer(), junkString, fc.constant(null), fc.array(fc.integer())),
    { maxKeys: 4, noNullPrototype: true },
  ),
  junkForm,
  fc.constant(nested(40)), // deep, but within what React's encoder and the guard allow
);

/** Arguments for one call: all junk, the slug as an object, or the valid call with one argument or one field swapped. */
function argumentSets(valid: unknown[] | null, slug: string): unknown[][] {
  const length = valid?.length ?? 3;
  const arbitrary = fc.oneof(
    fc.array(junk, { minLength: 0, maxLength: length + 1 }),
    fc.tuple(
      fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2, noNullPrototype: true }),
      junk,
      junk,
    ),
    fc.tuple(fc.constant(slug), junk, junk, junk),
    ...(valid
      ? [
          fc
            .tuple(fc.nat({ max: length - 1 }), junk)
            .map(([at, value]) => valid.map((arg, i) => (i === at ? value : arg))),
        ]
      : []),
    ...(valid ? [lone.map((text) => valid.map((arg) => withLoneSurrogates(arg, text)))] : []),
  );
  return fc.sample(arbitrary, { numRuns: GENERATED_CALLS_PER_ACTION, seed: SEED });
}

/** The valid argument with every string field (of an object or a FormData) turned into text with a lone surrogate. */
function withLoneSurrogates(arg: unknown, text: string): unknown {
  if (arg instanceof FormData) {
    const form = new FormData();
    for (const [name, value] of arg.entries()) form.append(name, typeof value === "string" ? `${value}${text}` : value);
    return form;
  }
  if (arg && typeof arg === "object" && !Array.isArray(arg))
    return Object.fromEntries(Object.entries(arg).map(([k, v]) => [k, typeof v === "string" ? `${v}${text}` : v]));
  return arg;
}

/** `app/w/[slug]/claims/[claimId]/page` → `/w/<slug>/claims/<id>`; a page whose ids the fixture lacks → the workspace's start page. */
function pagePath(page: string, slug: string, f: Fixture): string {
  let missing = false;
  const path = page
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\[(\w+)\]/g, (_m, param: string) => {
      const value = param === "slug" ? slug : f[param];
      if (!value) missing = true;
      return encodeURIComponent(value ?? "");
    });
  return missing ? `/w/${slug}` : path || "/";
}

let world: World;
let fixture: Fixture;
let cookie: string;

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(90_000);
  world = await createWorld(baseURL!);
  cookie = world.sessions.admin.cookie!;
  // one of everything a page may name; the fuzzed calls may use them up, which only turns later answers into 404s
  fixture = {
    ...(await make.aReport(world, false)),
    ...(await make.aConflict(world, "OPEN")),
    ...(await make.aClaim(world, "DRAFT")),
  };
});

test('every server action answers junk arguments with 2xx-4xx, never a 500 or "Something went wrong"', async () => {
  test.setTimeout(180_000);
  const built = serverActionsInBuild();
  const failures: string[] = [];
  let calls = 0;
  /** outcomes of the generated calls: the fuzz only means something if most reached the actions as a signed-in admin */
  const outcomes: Record<string, number> = {};
  const started = Date.now();
  for (const [key, { id, page }] of built) {
    const recipe = ACTION_CALLS[key];
    const slug = world.owner.slug;
    // the matrix's recipe (when the action has one) gives a valid call to swap arguments of
    const f = { ...fixture, ...(recipe?.setup ? await recipe.setup(world).catch(() => ({})) : {}) };
    const path = pagePath(page, slug, f);
    const valid = validArgs(recipe, slug, f);
    for (const args of argumentSets(valid, slug)) {
      calls++;
      let answer;
      try {
        answer = await callAction(world.baseURL, path, id, args, { cookie });
      } catch (error) {
        failures.push(`${key} ${describe(args)}: ${String(error).slice(0, 200)}`);
        continue;
      }
      outcomes[answer.outcome] = (outcomes[answer.outcome] ?? 0) + 1;
      if (answer.status >= 500 || Number(answer.outcome) >= 500 || /Something went wrong/.test(answer.body))
        failures.push(`${key} ${describe(args)}: ${answer.detail}`);
      // an action that ends sessions (sign out everywhere, a password change) may have ended ours: sign in again
      if (answer.outcome === "401") cookie = await signIn(world.baseURL, world.owner.users.ADMIN.email, PASSWORD);
    }
    for (const [label, body, contentType] of RAW_BODIES(slug)) {
      calls++;
      const response = await fetch(`${world.baseURL}${path}`, {
        method: "POST",
        headers: {
          "next-action": id,
          accept: "text/x-component",
          origin: world.baseURL,
          cookie,
          "content-type": contentType,
        },
        body,
      });
      if (response.status !== 400)
        failures.push(`${key} ${label}: ${response.status} ${(await response.text()).slice(0, 200)}`);
    }
  }
  console.log(
    `server-action fuzz: ${built.size} actions, ${calls} calls in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.length} failures`,
  );
  console.log(`outcomes of the generated calls: ${JSON.stringify(outcomes)}`);
  expect(failures).toEqual([]);
  const generated = Object.values(outcomes).reduce((a, b) => a + b, 0);
  expect(outcomes["401"] ?? 0, "calls refused as signed out: the session was lost").toBeLessThan(generated / 10);
});

function validArgs(recipe: (typeof ACTION_CALLS)[string] | undefined, slug: string, f: Fixture): unknown[] | null {
  try {
    return recipe ? recipe.args(slug, f) : null;
  } catch {
    return null; // a recipe whose fixture did not come together: junk only
  }
}

/** Bodies no React client sends: refused by the proxy's guard with 400 before Next decodes them. */
function RAW_BODIES(slug: string): [string, BodyInit, string][] {
  return [
    ["20,000-deep nesting", `["${slug}",${"[".repeat(20_000)}${"]".repeat(20_000)}]`, "text/plain;charset=UTF-8"],
    ["a lone surrogate escape", `["${slug}",{"statement":"a \\ud800 b","body":"x"}]`, "text/plain;charset=UTF-8"],
    ["bytes that are not UTF-8", new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]), "text/plain;charset=UTF-8"],
  ];
}

function describe(args: unknown[]): string {
  const text =
    JSON.stringify(args, (_k, v: unknown) =>
      v instanceof FormData ? `FormData(${[...v.keys()].join(",")})` : v === undefined ? "undefined" : v,
    ) ?? "";
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

test('a slug that is an object is not a Prisma filter: { not: "" } finds no workspace (404), never the admin\'s own', async () => {
  const built = serverActionsInBuild();
  const detect = built.get("app/w/[slug]/conflicts/actions.ts#detectConflictsAction");
  expect(detect, "the conflicts page's detection action is in the build").toBeDefined();
  for (const slug of [{ not: "" }, { contains: "" }, { equals: world.owner.slug }]) {
    const answer = await callAction(world.baseURL, `/w/${world.owner.slug}/conflicts`, detect!.id, [slug, null], {
      cookie,
    });
    expect(answer.outcome, JSON.stringify(slug)).toBe("404");
  }
});
