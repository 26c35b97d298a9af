/**
 * Token authentication, rate limiting and error bodies, through a real route
 * handler (GET /api/v1/claims) and the real database.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { GET as listClaims } from "@/app/api/v1/claims/route";
import { POST as importArticle } from "@/app/api/v1/articles/route";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { hashApiTokenSecret } from "@/lib/api-tokens/token-secret";
import { API_RATE_LIMIT, consumeRateLimit } from "@/lib/api/http/rate-limit";
import { createWorkspaceWithMembers, uniqueSuffix } from "@/prisma/factories";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";

const tokenRow = (secret: string) =>
  db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiTokenSecret(secret) } });

describe("bearer token authentication", () => {
  it("accepts a valid token and answers with rate limit headers", async () => {
    const world = await createWorkspaceWithMembers();
    const response = await call(listClaims, "GET", "/claims", { token: await tokenFor(world, "VIEWER") });
    expect(response.status).toBe(200);
    expect(response.headers.get("RateLimit-Limit")).toBe(String(API_RATE_LIMIT.limit));
    expect(Number(response.headers.get("RateLimit-Remaining"))).toBe(API_RATE_LIMIT.limit - 1);
    expect(Number(response.headers.get("RateLimit-Reset"))).toBeGreaterThan(0);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("without a token: 401 with a bare Bearer challenge", async () => {
    const response = await call(listClaims, "GET", "/claims");
    expectProblem(response, 401);
    expect(response.headers.get("WWW-Authenticate")).toBe('Bearer realm="factdesk"');
  });

  it("ignores session cookies: a signed-in browser cannot call the API (no CSRF through cookies)", async () => {
    const response = await call(listClaims, "GET", "/claims", {
      headers: { Cookie: "next-auth.session-token=anything; __Secure-next-auth.session-token=x" },
    });
    expectProblem(response, 401);
  });

  it.each([
    ["another scheme", "Basic dXNlcjpwYXNz", "invalid_request"],
    ["a malformed token", "Bearer not-a-token", "invalid_token"],
    ["an unknown token", `Bearer fd_${"A".repeat(43)}`, "invalid_token"],
  ])("%s: 401 with an RFC 6750 error", async (_name, authorization, error) => {
    const response = await call(listClaims, "GET", "/claims", { headers: { Authorization: authorization } });
    expectProblem(response, 401);
    expect(response.headers.get("WWW-Authenticate")).toContain(`error="${error}"`);
  });

  it("a revoked token: 401 from the next request on", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "EDITOR");
    expect((await call(listClaims, "GET", "/claims", { token })).status).toBe(200);
    await revokeApiToken(world.actors.ADMIN, { tokenId: (await tokenRow(token)).id });
    const response = await call(listClaims, "GET", "/claims", { token });
    expectProblem(response, 401);
    expect(response.headers.get("WWW-Authenticate")).toContain('error="invalid_token"');
  });

  it("a token whose creator left the workspace: 401", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "EDITOR");
    await db.membership.delete({ where: { id: world.membershipIds.ADMIN } });
    expectProblem(await call(listClaims, "GET", "/claims", { token }), 401);
  });

  it("acts with the lower of the token's role and the creator's current role", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "EDITOR");
    const body = { format: "text", content: "Officials said 12 people were hurt.", title: `Demoted ${uniqueSuffix()}` };
    expect((await call(importArticle, "POST", "/articles", { token, body })).status).toBe(201);
    await db.membership.update({ where: { id: world.membershipIds.ADMIN }, data: { role: "VIEWER" } });
    expectProblem(await call(importArticle, "POST", "/articles", { token, body }), 403);
  });

  it("records the last use, at most once a minute", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "VIEWER");
    expect((await tokenRow(token)).lastUsedAt).toBeNull();
    await call(listClaims, "GET", "/claims", { token });
    const first = (await tokenRow(token)).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await call(listClaims, "GET", "/claims", { token });
    expect((await tokenRow(token)).lastUsedAt).toEqual(first);
  });
});

describe("rate limiting per token", () => {
  it("answers 429 with Retry-After once the window's requests are used up, for that token only", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "VIEWER");
    const other = await tokenFor(world, "VIEWER");
    const { id } = await tokenRow(token);
    // other app instances used up this window and the next (so a roll-over during the test changes nothing)
    const windowMs = API_RATE_LIMIT.windowSeconds * 1000;
    const current = Math.floor(Date.now() / windowMs) * windowMs;
    await db.rateLimitWindow.createMany({
      data: [current, current + windowMs].map((start) => ({
        key: `api-token:${id}`,
        windowStart: new Date(start),
        count: API_RATE_LIMIT.limit,
      })),
    });

    const refused = await call(listClaims, "GET", "/claims", { token });
    expectProblem(refused, 429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("Retry-After"))).toBeLessThanOrEqual(API_RATE_LIMIT.windowSeconds);
    expect(refused.headers.get("RateLimit-Remaining")).toBe("0");
    expect(refused.headers.get("RateLimit-Policy")).toBe(`${API_RATE_LIMIT.limit};w=${API_RATE_LIMIT.windowSeconds}`);
    expect((await call(listClaims, "GET", "/claims", { token: other })).status).toBe(200);
  });

  it("counts concurrent requests exactly (one upsert statement per request)", async () => {
    const key = `test:${uniqueSuffix()}`;
    const now = new Date();
    const states = await Promise.all(
      Array.from({ length: 25 }, () => consumeRateLimit(key, { limit: 20, windowSeconds: 3600 }, now)),
    );
    // counts 1..25 each seen once: remaining 19..0, then 0 for the five over the limit
    const remaining = states.map((s) => s.remaining).sort((a, b) => a - b);
    expect(remaining).toEqual([0, 0, 0, 0, 0, 0, ...Array.from({ length: 19 }, (_, i) => i + 1)]);
    expect(states.filter((s) => !s.allowed)).toHaveLength(5);
    expect((await db.rateLimitWindow.findFirstOrThrow({ where: { key } })).count).toBe(25);
  });

  it("starts again in the next window and drops the old one", async () => {
    const key = `test:${uniqueSuffix()}`;
    const policy = { limit: 1, windowSeconds: 60 };
    const t0 = new Date(Date.UTC(2030, 0, 1, 12, 0, 10));
    expect((await consumeRateLimit(key, policy, t0)).allowed).toBe(true);
    const refused = await consumeRateLimit(key, policy, new Date(t0.getTime() + 20_000));
    expect(refused).toMatchObject({ allowed: false, resetSeconds: 30 });
    expect((await consumeRateLimit(key, policy, new Date(t0.getTime() + 60_000))).allowed).toBe(true);
    expect(await db.rateLimitWindow.findMany({ where: { key }, select: { windowStart: true } })).toEqual([
      { windowStart: new Date(Date.UTC(2030, 0, 1, 12, 1, 0)) },
    ]);
  });
});
