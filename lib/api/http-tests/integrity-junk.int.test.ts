/**
 * Never a 500 for bad input, for the integrity operations: junk bodies (wrong
 * JSON types, wrong media types, NUL characters) on a real claim, and absurd
 * ids and queries, from a valid admin token, answer a 4xx problem.
 */
import { describe, expect, it } from "vitest";
import { PATCH as patchClaim, DELETE as deleteClaim } from "@/app/api/v1/claims/[claimId]/route";
import { POST as linkAppearance } from "@/app/api/v1/claims/[claimId]/appearances/route";
import { DELETE as unlinkAppearance } from "@/app/api/v1/claims/[claimId]/appearances/[annotationId]/route";
import { GET as listRelations, POST as postRelation } from "@/app/api/v1/claims/[claimId]/relations/route";
import { DELETE as deleteRelation } from "@/app/api/v1/claims/[claimId]/relations/[relationId]/route";
import { GET as getExtraction } from "@/app/api/v1/annotations/[annotationId]/extraction/route";
import { GET as listConflicts } from "@/app/api/v1/conflicts/route";
import { GET as getConflict } from "@/app/api/v1/conflicts/[conflictId]/route";
import { POST as resolve } from "@/app/api/v1/conflicts/[conflictId]/resolve/route";
import { POST as reopen } from "@/app/api/v1/conflicts/[conflictId]/reopen/route";
import { DELETE as deleteArticle } from "@/app/api/v1/articles/[articleId]/route";
import { POST as restore } from "@/app/api/v1/articles/[articleId]/restore/route";
import { POST as postVersion } from "@/app/api/v1/articles/[articleId]/versions/route";
import { GET as getFindings } from "@/app/api/v1/articles/[articleId]/findings/route";
import { GET as listPending } from "@/app/api/v1/reports/[reportId]/pending-corrections/route";
import { POST as postCorrection } from "@/app/api/v1/reports/[reportId]/corrections/route";
import { createWorkspaceWithMembers } from "@/prisma/factories";
import type { ApiRouteHandler } from "@/lib/api/http/handle-route";
import { call, tokenFor, type ApiResponse } from "@/test/support/api-calls";
import { createClaim, importText, markPassage } from "@/test/support/api-integrity-flow";

const JUNK_BODIES: [string, string][] = [
  ["null", "application/json"],
  ["[]", "application/json"],
  ['"text"', "application/json"],
  ["{}", "application/json"],
  [
    '{"statement":5,"valueLow":"many","qualifier":"LOTS","claimDate":"yesterday","annotationId":[],"kind":"LIKES","toClaimId":{},"holds":"yes","note":7,"content":{}}',
    "application/json",
  ],
  ['{"__proto__":{"admin":true}}', "application/json"],
  [
    '{"statement":"At least\\u0000 twelve","differenceNote":"x\\u0000","note":"\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000"}',
    "application/json",
  ],
  ["{}", "application/x-www-form-urlencoded"],
  ["Hello\u0000 world, a long enough text.", "text/plain"],
];

function expectClientError(response: ApiResponse, label: string): void {
  expect(response.status, `${label}: ${JSON.stringify(response.body)}`).toBeGreaterThanOrEqual(400);
  expect(response.status, label).toBeLessThan(500);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
}

describe("junk input to the integrity operations never causes a 500", () => {
  it("bodies", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "ADMIN");
    const article = await importText(token, "“We will not give up a single village,” the mayor said.", {
      title: "Junk",
    });
    const annotationId = await markPassage(token, article.id, "We will not give up a single village");
    const claimId = (await createClaim(token, { annotationId, statement: "We will not give up a single village" })).body
      .id as string;
    const targets: [ApiRouteHandler, string, Record<string, string>][] = [
      [patchClaim, "PATCH", { claimId }],
      [linkAppearance, "POST", { claimId }],
      [postRelation, "POST", { claimId }],
      [resolve, "POST", { conflictId: "x" }],
      [reopen, "POST", { conflictId: "x" }],
      [postVersion, "POST", { articleId: article.id }],
      [postCorrection, "POST", { reportId: "x" }],
    ];
    for (const [handler, method, params] of targets) {
      for (const [body, contentType] of JUNK_BODIES) {
        // an empty patch is a valid no-op
        if (handler === patchClaim && body === "{}" && contentType === "application/json") continue;
        expectClientError(
          await call(handler, method, "/x", { token, params, body, contentType }),
          `${method} ${JSON.stringify(params)} with ${contentType} ${body}`,
        );
      }
    }
  });

  it("ids and queries", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "ADMIN");
    const ids = ["", "x".repeat(5000), "' OR 1=1 --", "../../etc/passwd", "%00", "😀"];
    for (const id of ids) {
      const query = { limit: "1e3", cursor: id, status: id, claimId: id, correctionNote: "x".repeat(3000) };
      for (const [handler, method, params] of [
        [deleteClaim, "DELETE", { claimId: id }],
        [unlinkAppearance, "DELETE", { claimId: id, annotationId: id }],
        [listRelations, "GET", { claimId: id }],
        [deleteRelation, "DELETE", { claimId: id, relationId: id }],
        [getExtraction, "GET", { annotationId: id }],
        [listConflicts, "GET", {}],
        [getConflict, "GET", { conflictId: id }],
        [deleteArticle, "DELETE", { articleId: id }],
        [restore, "POST", { articleId: id }],
        [getFindings, "GET", { articleId: id }],
        [listPending, "GET", { reportId: id }],
      ] as const) {
        const response = await call(handler, method, "/x", { token, params, query });
        expect([400, 404], `${method} ${JSON.stringify(params)}`).toContain(response.status);
      }
    }
  });
});
