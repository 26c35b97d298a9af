/**
 * Never a 500 for bad input: every operation that takes a body or an id gets
 * junk (wrong JSON types, wrong media types, absurd ids and queries) from a
 * valid admin token, and must answer a 4xx problem.
 */
import { describe, expect, it } from "vitest";
import { POST as importArticle } from "@/app/api/v1/articles/route";
import { GET as getArticle } from "@/app/api/v1/articles/[articleId]/route";
import { GET as listAnnotations, POST as postAnnotation } from "@/app/api/v1/articles/[articleId]/annotations/route";
import { DELETE as deleteAnnotation, PUT as putAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { POST as postClaim } from "@/app/api/v1/claims/route";
import { GET as listVerdicts } from "@/app/api/v1/claims/[claimId]/verdicts/route";
import { POST as postVerdict } from "@/app/api/v1/verdicts/route";
import { POST as submitVerdict } from "@/app/api/v1/verdicts/[verdictId]/submit/route";
import { POST as reviewVerdict } from "@/app/api/v1/verdicts/[verdictId]/review/route";
import { GET as exportReport } from "@/app/api/v1/reports/[reportId]/export/[format]/route";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { call, tokenFor } from "@/test/support/api-calls";
import type { ApiRouteHandler } from "@/lib/api/http/handle-route";

const JUNK_BODIES: [string, string][] = [
  ["null", "application/json"],
  ["[]", "application/json"],
  ['"text"', "application/json"],
  ["42", "application/json"],
  ["{}", "application/json"],
  [
    '{"claimId":5,"annotationId":[],"content":{},"lockVersion":"x","decision":1,"type":"Annotation","target":7}',
    "application/json",
  ],
  ['{"__proto__":{"admin":true}}', "application/json"],
  ["\u0000\u0001", "application/json"],
  ["{}", "application/x-www-form-urlencoded"],
  // PostgreSQL text cannot hold NUL: refused at the boundary, not by the database
  [
    '{"content":"Hello\\u0000 world, a long enough text.","title":"T\\u0000","statement":"At least\\u0000 twelve","annotationId":"a"}',
    "application/json",
  ],
  ["Hello\u0000 world, a long enough text.", "text/plain"],
];

describe("junk input never causes a 500", () => {
  it("bodies", async () => {
    const world = await createWorkspaceWithMembers();
    const { article } = await createArticle(world.actors.EDITOR);
    const token = await tokenFor(world, "ADMIN");
    const targets: [ApiRouteHandler, string, string, Record<string, string>][] = [
      [importArticle, "POST", "/articles", {}],
      [postAnnotation, "POST", `/articles/${article.id}/annotations`, { articleId: article.id }],
      [putAnnotation, "PUT", "/annotations/x", { annotationId: "x" }],
      [postClaim, "POST", "/claims", {}],
      [postVerdict, "POST", "/verdicts", {}],
      [submitVerdict, "POST", "/verdicts/x/submit", { verdictId: "x" }],
      [reviewVerdict, "POST", "/verdicts/x/review", { verdictId: "x" }],
    ];
    for (const [handler, method, path, params] of targets) {
      for (const [body, contentType] of JUNK_BODIES) {
        const response = await call(handler, method, path, { token, params, body, contentType });
        expect(
          response.status,
          `${method} ${path} with ${contentType} ${body}: ${JSON.stringify(response.body)}`,
        ).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
      }
    }
  });

  it("a NUL in a query parameter", async () => {
    const world = await createWorkspaceWithMembers();
    const response = await call(importArticle, "POST", "/articles", {
      token: await tokenFor(world, "ADMIN"),
      body: "Hello world, a long enough text.",
      contentType: "text/plain",
      query: { title: "T\u0000" },
    });
    expect(response.status).toBe(400);
  });

  it("ids and queries", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "ADMIN");
    const ids = ["", "x".repeat(5000), "' OR 1=1 --", "../../etc/passwd", "%00", "😀"];
    for (const id of ids) {
      for (const [handler, method, params] of [
        [getArticle, "GET", { articleId: id }],
        [listAnnotations, "GET", { articleId: id }],
        [deleteAnnotation, "DELETE", { annotationId: id }],
        [listVerdicts, "GET", { claimId: id }],
        [exportReport, "GET", { reportId: id, format: "pdf" }],
      ] as const) {
        const response = await call(handler, method, "/x", { token, params, query: { limit: "1e3", cursor: id } });
        expect([400, 404], `${method} ${JSON.stringify(params)}`).toContain(response.status);
      }
    }
  });
});
