/** /api/v1 lists page backwards: `previousCursor` beside `nextCursor`, in the answers and in the OpenAPI document. */
import { describe, expect, it } from "vitest";
import { GET as listClaims } from "@/app/api/v1/claims/route";
import { API_ROUTES } from "@/lib/api-routes/api-routes";
import { buildOpenApiDocument } from "@/lib/api/openapi-document";
import { db } from "@/lib/db/client";
import { createClaimRecord, createWorkspaceWithMembers } from "@/prisma/factories";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";

const AT = new Date("2025-03-01T08:00:00.000Z");

describe("API lists page backwards", () => {
  it("goes forward over 2.5 pages of claims tied on createdAt and back with previousCursor, each page exactly its rows", async () => {
    const owner = await createWorkspaceWithMembers();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await createClaimRecord(owner.actors.EDITOR, { claimant: `Claimant ${i}` })).id);
    await db.claim.updateMany({ where: { workspaceId: owner.workspace.id }, data: { createdAt: AT } });
    const token = await tokenFor(owner, "VIEWER");
    const newestFirst = [...ids].sort().reverse();
    const read = async (cursor?: string) => {
      const response = await call(listClaims, "GET", "/claims", {
        token,
        query: { limit: "2", ...(cursor ? { cursor } : {}) },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body as { items: { id: string }[]; nextCursor: string | null; previousCursor: string | null };
    };
    const ofPage = (page: { items: { id: string }[] }) => page.items.map((c) => c.id);

    const first = await read();
    expect(first.previousCursor).toBeNull();
    const second = await read(first.nextCursor!);
    const third = await read(second.nextCursor!);
    expect([ofPage(first), ofPage(second), ofPage(third)]).toEqual([
      newestFirst.slice(0, 2),
      newestFirst.slice(2, 4),
      newestFirst.slice(4),
    ]);
    expect(third.nextCursor).toBeNull();

    const back = await read(third.previousCursor!);
    expect(ofPage(back)).toEqual(newestFirst.slice(2, 4));
    const start = await read(back.previousCursor!);
    expect(ofPage(start)).toEqual(newestFirst.slice(0, 2));
    expect(start.previousCursor).toBeNull();

    expectProblem(
      await call(listClaims, "GET", "/claims", {
        token,
        query: { cursor: Buffer.from(JSON.stringify([AT.toISOString(), ids[0], "backwards"])).toString("base64url") },
      }),
      400,
    );
  });

  it("declares previousCursor beside nextCursor on every page schema", () => {
    const document = buildOpenApiDocument(API_ROUTES) as {
      components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
    };
    const pages = Object.entries(document.components.schemas).filter(
      ([, schema]) => schema.properties && "nextCursor" in schema.properties,
    );
    expect(pages.map(([id]) => id).sort()).toEqual(
      [
        "ClaimPage",
        "ArticlePage",
        "ConflictPage",
        "ReportPage",
        "SourcePage",
        "VerdictPage",
        "NotificationPage",
        "WebhookDeliveryPage",
        "PendingCorrectionList",
        "ReviewQueuePage",
        "ReviewedVerdictList",
        "JobPage",
        "MemberPage",
        "InvitationPage",
      ].sort(),
    );
    for (const [id, schema] of pages) {
      expect(schema.properties, id).toHaveProperty("previousCursor");
      expect(schema.required, id).toContain("previousCursor");
    }
  });
});
