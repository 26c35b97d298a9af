/** The OpenAPI document describes the protocol's routes with the headers the protocol is about. */
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi-document";
import { API_ROUTES } from "@/lib/api-routes/api-routes";
import { ANNOTATION_PROTOCOL_ROUTES } from "./contracts";

type Operation = {
  parameters: { name: string; in: string; required: boolean }[];
  responses: Record<string, { headers?: Record<string, unknown> }>;
  security?: unknown[];
};
const document = buildOpenApiDocument(API_ROUTES) as { paths: Record<string, Record<string, Operation>> };
const container = document.paths["/api/v1/articles/{articleId}/container"]!;
const annotation = document.paths["/api/v1/articles/{articleId}/container/{annotationId}"]!;

describe("the annotation protocol in the OpenAPI document", () => {
  it("lists every method of the container and of its annotations", () => {
    expect(Object.keys(container).sort()).toEqual(["get", "head", "options", "post"]);
    expect(Object.keys(annotation).sort()).toEqual(["delete", "get", "head", "options", "put"]);
    for (const route of ANNOTATION_PROTOCOL_ROUTES) expect(API_ROUTES).toContain(route);
  });

  it("documents the protocol's response headers, Prefer, and If-Match as required", () => {
    expect(Object.keys(container.get!.responses["200"]!.headers!)).toEqual(
      expect.arrayContaining([
        "Link",
        "Allow",
        "Accept-Post",
        "Vary",
        "ETag",
        "Content-Location",
        "Preference-Applied",
      ]),
    );
    expect(container.get!.parameters.map((p) => p.name)).toContain("Prefer");
    expect(Object.keys(container.post!.responses["201"]!.headers!)).toEqual(
      expect.arrayContaining(["Location", "ETag", "Link"]),
    );
    expect(Object.keys(annotation.get!.responses["200"]!.headers!)).toEqual(
      expect.arrayContaining(["Link", "Allow", "Vary", "ETag"]),
    );
    for (const change of [annotation.put!, annotation.delete!])
      expect(change.parameters.filter((p) => p.name === "If-Match")).toEqual([
        expect.objectContaining({ in: "header", required: true }),
      ]);
    expect(container.options!.security).toEqual([]);
  });
});
