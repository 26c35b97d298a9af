import { describe, expect, it } from "vitest";
import { API_ROUTES } from "@/lib/api-routes/api-routes";
import { buildOpenApiDocument } from "@/lib/api/openapi-document";
import { buildApiReference } from "@/lib/api/reference/api-reference";

describe("buildApiReference", () => {
  const reference = buildApiReference(buildOpenApiDocument(API_ROUTES));
  const operation = (id: string) => reference.tags.flatMap((t) => t.operations).find((o) => o.id === id)!;

  it("lists every operation of the document once, under its tag, with a unique anchor", () => {
    const ids = reference.tags.flatMap((t) => t.operations.map((o) => o.id));
    expect(ids.sort()).toEqual(API_ROUTES.map((r) => r.operationId).sort());
    const anchors = [...ids, ...reference.tags.map((t) => t.id)];
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(reference.tags.map((t) => t.name)).toContain("Claims");
  });

  it("shows auth, parameters with types, body fields (nested ones dotted) and the conditional headers", () => {
    const update = operation("updateClaim");
    expect(update).toMatchObject({ method: "PATCH", path: "/api/v1/claims/{claimId}", minimumRole: "EDITOR" });
    expect(update.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "claimId", in: "path", required: true, type: "string" }),
        expect.objectContaining({ name: "If-Match", in: "header" }),
      ]),
    );
    expect(update.body?.fields.map((f) => f.name)).toContain("statement");
    expect(operation("getOpenApiDocument").minimumRole).toBeNull();
    expect(operation("getClaim").parameters.map((p) => p.name)).toContain("If-None-Match");
  });

  it("names the problem codes a refusal may carry, and the ETag header", () => {
    const update = operation("updateClaim");
    expect(update.responses.find((r) => r.status === "412")?.codes).toEqual(["precondition_failed"]);
    expect(update.responses.find((r) => r.status === "409")).toBeUndefined();
    expect(update.responses.find((r) => r.status === "200")?.headers).toContain("ETag");
    expect(operation("submitVerdict").responses.find((r) => r.status === "409")?.codes).toEqual([
      "conflict",
      "invalid_transition",
    ]);
    expect(reference.problemCodes).toContainEqual({ code: "not_found", status: 404 });
  });
});
