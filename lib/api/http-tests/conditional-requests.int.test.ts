/**
 * Conditional requests over HTTP (lib/api/http/preconditions.ts): a resource's GET
 * answers an ETag and 304 to a matching If-None-Match; a change with a stale
 * If-Match is 412 `precondition_failed` and writes nothing; the current ETag
 * or `*` goes through and answers the new ETag. And the problem bodies' `code`
 * and `requestId`.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { GET as getClaim, PATCH as patchClaim } from "@/app/api/v1/claims/[claimId]/route";
import { DELETE as deleteAnnotation, GET as getAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { GET as getNameVariants, PUT as putNameVariants } from "@/app/api/v1/workspace/name-variants/route";
import { POST as postVerdict } from "@/app/api/v1/verdicts/route";
import { POST as submitVerdict } from "@/app/api/v1/verdicts/[verdictId]/submit/route";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createArticle, createClaimRecord, createVerdictRecord, createWorkspaceWithMembers } from "@/prisma/factories";
import { workspaceFingerprint } from "@/test/workspace-fingerprint";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";

async function world() {
  const owner = await createWorkspaceWithMembers();
  const claim = await createClaimRecord(owner.actors.EDITOR, { statement: "At least 12 people were killed" });
  return { owner, claim, admin: await tokenFor(owner, "ADMIN"), viewer: await tokenFor(owner, "VIEWER") };
}

const read = (token: string, claimId: string, headers: Record<string, string> = {}) =>
  call(getClaim, "GET", `/claims/${claimId}`, { token, params: { claimId }, headers });
const patch = (token: string, claimId: string, statement: string, headers: Record<string, string> = {}) =>
  call(patchClaim, "PATCH", `/claims/${claimId}`, { token, params: { claimId }, body: { statement }, headers });
const statementOf = async (claimId: string) =>
  (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { statement: true } })).statement;

describe("GET of a resource", () => {
  it("answers a strong ETag, and 304 without a body to If-None-Match naming it", async () => {
    const w = await world();
    const first = await read(w.viewer, w.claim.id);
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect((await read(w.admin, w.claim.id)).headers.get("ETag")).toBe(etag);

    const unchanged = await read(w.viewer, w.claim.id, { "If-None-Match": `"stale", ${etag}` });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBeNull();
    expect(unchanged.headers.get("ETag")).toBe(etag);
    expect((await read(w.viewer, w.claim.id, { "If-None-Match": '"stale"' })).status).toBe(200);
  });

  it("changes the ETag when a nested part changes (a verdict of the claim), not only the claim's row", async () => {
    const w = await world();
    const before = (await read(w.admin, w.claim.id)).headers.get("ETag");
    await createVerdictRecord(w.owner.actors.EDITOR, w.claim.id);
    const after = await read(w.admin, w.claim.id, { "If-None-Match": before! });
    expect(after.status).toBe(200);
    expect(after.headers.get("ETag")).not.toBe(before);
  });
});

describe("If-Match on changes", () => {
  it("a stale ETag: 412 precondition_failed, and the row is unchanged", async () => {
    const w = await world();
    const stale = (await read(w.admin, w.claim.id)).headers.get("ETag")!;
    expect((await patch(w.admin, w.claim.id, "At least 13 people were killed")).status).toBe(200);
    const before = await workspaceFingerprint(w.owner.workspace.id);

    const refused = await patch(w.admin, w.claim.id, "At least 99 people were killed", { "If-Match": stale });
    expectProblem(refused, 412);
    expect(refused.body.code).toBe("precondition_failed");
    expect(await statementOf(w.claim.id)).toBe("At least 13 people were killed");
    expect(await workspaceFingerprint(w.owner.workspace.id)).toEqual(before);
  });

  it("the current ETag goes through and answers the new one, which the next GET repeats; `*` matches any state", async () => {
    const w = await world();
    const current = (await read(w.admin, w.claim.id)).headers.get("ETag")!;
    const changed = await patch(w.admin, w.claim.id, "At least 14 people were killed", { "If-Match": current });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const next = changed.headers.get("ETag");
    expect(next).not.toBe(current);
    expect((await read(w.admin, w.claim.id)).headers.get("ETag")).toBe(next);

    expect((await patch(w.admin, w.claim.id, "At least 15 people were killed", { "If-Match": "*" })).status).toBe(200);
    expect(await statementOf(w.claim.id)).toBe("At least 15 people were killed");
  });

  it("a malformed If-Match is 400 invalid_input; a claim of another workspace stays 404 whatever the If-Match", async () => {
    const w = await world();
    const outsider = await createWorkspaceWithMembers();
    const malformed = await patch(w.admin, w.claim.id, "x", { "If-Match": "yesterday" });
    expectProblem(malformed, 400);
    expect(malformed.body.code).toBe("invalid_input");
    expectProblem(await patch(await tokenFor(outsider, "ADMIN"), w.claim.id, "x", { "If-Match": "*" }), 404);
    expect(await statementOf(w.claim.id)).toBe("At least 12 people were killed");
  });

  it("DELETE with a stale ETag keeps the annotation; with the current one deletes it", async () => {
    const w = await world();
    const text = "Officials said at least 12 people were killed.";
    const { article, version } = await createArticle(w.owner.actors.ADMIN, { text });
    const annotation = await createAnnotation(w.owner.actors.ADMIN, {
      articleId: article.id,
      versionId: version.id,
      start: 0,
      end: 9,
      exact: "Officials",
      kind: "NOTE",
      body: "Which officials?",
      tags: [],
    });
    const annotationId = annotation.id;
    const del = (etag: string) =>
      call(deleteAnnotation, "DELETE", `/annotations/${annotationId}`, {
        token: w.admin,
        params: { annotationId },
        headers: { "If-Match": etag },
      });
    const current = (
      await call(getAnnotation, "GET", `/annotations/${annotationId}`, { token: w.admin, params: { annotationId } })
    ).headers.get("ETag")!;

    const refused = await del('"not-the-current-one"');
    expectProblem(refused, 412);
    const live = () => db.annotation.count({ where: { id: annotationId, deletedAt: null } });
    expect(await live()).toBe(1);
    const deleted = await del(current);
    expect(deleted.status).toBe(204);
    expect(deleted.headers.get("ETag")).toBeNull();
    expect(await live()).toBe(0);
  });

  it("works on workspace settings and on workflow steps (a verdict's submit)", async () => {
    const w = await world();
    const settings = await call(getNameVariants, "GET", "/workspace/name-variants", { token: w.admin });
    const put = (etag: string, groups: string[]) =>
      call(putNameVariants, "PUT", "/workspace/name-variants", {
        token: w.admin,
        body: { groups },
        headers: { "If-Match": etag },
      });
    expect((await put(settings.headers.get("ETag")!, ["Kharkiv|Kharkov"])).status).toBe(200);
    expectProblem(await put(settings.headers.get("ETag")!, ["Odesa|Odessa"]), 412);
    expect((await call(getNameVariants, "GET", "/workspace/name-variants", { token: w.admin })).body.groups).toEqual([
      "Kharkiv|Kharkov",
    ]);

    const editor = await tokenFor(w.owner, "EDITOR");
    const draft = await call(postVerdict, "POST", "/verdicts", {
      token: editor,
      body: {
        claimId: w.claim.id,
        ratingKey: "ACCURATE",
        summary: "Matches the police figure.",
        evidence: [{ url: "https://police.example.test/report", title: "Police report", accessedAt: "2024-05-02" }],
      },
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const verdictId = draft.body.id as string;
    const submit = (etag: string) =>
      call(submitVerdict, "POST", `/verdicts/${verdictId}/submit`, {
        token: editor,
        params: { verdictId },
        body: { lockVersion: draft.body.lockVersion },
        headers: { "If-Match": etag },
      });
    expectProblem(await submit('"stale"'), 412);
    expect((await db.verdict.findUniqueOrThrow({ where: { id: verdictId } })).status).toBe("DRAFT");
    const submitted = await submit(draft.headers.get("ETag")!);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.status).toBe("SUBMITTED");
  });
});

describe("the check and the write are one transaction", () => {
  it("a change that commits while the request waits for the row is seen by the check: 412, not a lost update", async () => {
    const w = await world();
    const etag = (await read(w.admin, w.claim.id)).headers.get("ETag")!;
    let request: ReturnType<typeof patch> | undefined;
    await db.$transaction(async (tx) => {
      // another writer has changed the row but not committed yet
      await tx.claim.update({ where: { id: w.claim.id }, data: { statement: "Changed by someone else" } });
      const [{ pid }] = await tx.$queryRaw<[{ pid: number }]>`SELECT pg_backend_pid() AS pid`;
      request = patch(w.admin, w.claim.id, "Changed through the API", { "If-Match": etag });
      // commit only once the API request is blocked by this transaction (a check without the row
      // lock would have read the committed row by then, matched, and only then waited to write)
      for (;;) {
        const [blocked] = await db.$queryRaw<
          [{ count: bigint }]
        >`SELECT count(*) AS count FROM pg_stat_activity WHERE ${pid}::int = ANY(pg_blocking_pids(pid))`;
        if (blocked.count > 0n) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    const answer = await request!;
    expectProblem(answer, 412);
    expect(await statementOf(w.claim.id)).toBe("Changed by someone else");
  });
});

describe("problem bodies", () => {
  it("carry a stable code, and the request's X-Request-Id as requestId", async () => {
    const w = await world();
    const missing = await call(getClaim, "GET", "/claims/nope", {
      token: w.viewer,
      params: { claimId: "nope" },
      headers: { "X-Request-Id": "req-123" },
    });
    expectProblem(missing, 404);
    expect(missing.body).toMatchObject({ code: "not_found", requestId: "req-123" });
    const anonymous = await read("", w.claim.id);
    expectProblem(anonymous, 401);
    expect(anonymous.body.code).toBe("unauthenticated");
    expect(anonymous.body).not.toHaveProperty("requestId");
    const forbidden = await patch(w.viewer, w.claim.id, "At least 20 people were killed");
    expectProblem(forbidden, 403);
    expect(forbidden.body.code).toBe("forbidden");
  });
});
