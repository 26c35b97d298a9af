/**
 * The OpenAPI document cannot drift from the code: every route handler file
 * under app/api/v1 must export handlers built from a contract in API_ROUTES
 * whose path and method match the file, and every contract must have its
 * handler. The document is generated from API_ROUTES.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES } from "@/lib/api-routes/api-routes";
import { buildOpenApiDocument } from "@/lib/api/openapi-document";
import type { RouteContract } from "@/lib/api/route-contract";

const API_DIR = path.join(process.cwd(), "app", "api", "v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/claims/[claimId]/verdicts/route.ts → /claims/{claimId}/verdicts */
function openApiPathOf(file: string): string {
  const folder = path.relative(API_DIR, path.dirname(file)).split(path.sep).filter(Boolean);
  return `/${folder.map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
}

async function handlersByFile() {
  const files = routeFiles(API_DIR);
  return Promise.all(
    files.map(async (file) => {
      const module = (await import(file)) as Record<string, unknown>;
      const handlers = METHODS.filter((m) => m in module).map((method) => ({
        method,
        contract: (module[method] as { contract?: RouteContract }).contract,
      }));
      return { file: path.relative(process.cwd(), file), path: openApiPathOf(file), handlers };
    }),
  );
}

describe("API routes and the OpenAPI document", () => {
  // importing every route module takes a while on a busy machine: a generous limit, not a performance check
  it(
    "every handler under app/api/v1 is built from a listed contract with its file's path and method",
    { timeout: 60_000 },
    async () => {
      const files = await handlersByFile();
      expect(files.length).toBeGreaterThan(5);
      for (const file of files) {
        expect(file.handlers.length, `${file.file} exports no handler`).toBeGreaterThan(0);
        for (const { method, contract } of file.handlers) {
          expect(contract, `${file.file} ${method} is not built with handleRoute/handlePublicRoute`).toBeDefined();
          expect(API_ROUTES, `${file.file} ${method}: contract missing from API_ROUTES`).toContain(contract);
          expect({ path: contract!.path, method: contract!.method }).toEqual({ path: file.path, method });
        }
      }
    },
  );

  it("every listed contract has a handler, and appears in the document", { timeout: 60_000 }, async () => {
    const served = new Set((await handlersByFile()).flatMap((f) => f.handlers.map((h) => h.contract)));
    const document = buildOpenApiDocument(API_ROUTES) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    for (const contract of API_ROUTES) {
      expect(served.has(contract), `${contract.method} ${contract.path} has no route handler`).toBe(true);
      expect(document.paths[`/api/v1${contract.path}`]?.[contract.method.toLowerCase()]?.operationId).toBe(
        contract.operationId,
      );
    }
    expect(new Set(API_ROUTES.map((r) => r.operationId)).size).toBe(API_ROUTES.length);
  });

  it("is an OpenAPI 3.1 document whose references all resolve", () => {
    const document = buildOpenApiDocument(API_ROUTES) as {
      openapi: string;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.openapi).toBe("3.1.0");
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(document.components.schemas, `dangling $ref ${ref}`).toHaveProperty(ref);
    expect(JSON.stringify(document)).not.toContain("$defs");
  });

  it("documents 401 and 429 as problem+json on every authenticated operation, and no token for the document itself", () => {
    const document = buildOpenApiDocument(API_ROUTES) as {
      paths: Record<
        string,
        Record<string, { security?: unknown[]; responses: Record<string, { content?: Record<string, unknown> }> }>
      >;
    };
    for (const contract of API_ROUTES) {
      const operation = document.paths[`/api/v1${contract.path}`]![contract.method.toLowerCase()]!;
      if (contract.role === null) {
        expect(operation.security).toEqual([]);
        continue;
      }
      for (const status of ["401", "429", ...contract.errors.map(String)])
        expect(operation.responses[status]?.content).toHaveProperty(["application/problem+json"]);
    }
  });
});

describe("resources: ETag, If-None-Match, If-Match", () => {
  type Operation = {
    parameters: { name: string; in: string }[];
    responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }>;
  };
  const document = buildOpenApiDocument(API_ROUTES) as {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> };
  };
  const operationOf = (c: RouteContract) => document.paths[`/api/v1${c.path}`]![c.method.toLowerCase()]!;
  const withResource = API_ROUTES.filter((c) => c.resource);

  it("every single mutable resource has a GET declaring it, and its mutations find its row in their path", () => {
    expect(withResource.length).toBeGreaterThan(15);
    for (const contract of withResource) {
      const resource = contract.resource!;
      const read = API_ROUTES.find((c) => c.method === "GET" && c.resource === resource);
      expect(read, `${contract.operationId}: no GET of ${resource.name}`).toBeDefined();
      // the GET answers exactly the representation whose tag If-Match is checked against
      expect(read!.success.schema).toBe(resource.schema);
      if (resource.idParam !== null)
        expect(Object.keys(contract.params?.shape ?? {}), contract.operationId).toContain(resource.idParam);
    }
    for (const name of [
      "getArticle",
      "getAnnotation",
      "getClaim",
      "getVerdict",
      "getConflict",
      "getNameVariants",
      "getTwoFactorRequirement",
    ]) {
      expect(API_ROUTES.find((c) => c.operationId === name)?.resource, name).toBeDefined();
    }
  });

  it("documents ETag and If-None-Match / 304 on a resource's GET, If-Match / 412 on its changes", () => {
    for (const contract of withResource) {
      const operation = operationOf(contract);
      const headerParameters = operation.parameters.filter((p) => p.in === "header").map((p) => p.name);
      const success = operation.responses[String(contract.success.status)]!;
      if (contract.method === "GET") {
        expect(headerParameters, contract.operationId).toContain("If-None-Match");
        expect(operation.responses["304"]?.headers, contract.operationId).toHaveProperty("ETag");
        expect(success.headers, contract.operationId).toHaveProperty("ETag");
      } else {
        expect(headerParameters, contract.operationId).toContain("If-Match");
        expect(operation.responses["412"]?.content, contract.operationId).toHaveProperty(["application/problem+json"]);
        if (contract.method !== "DELETE") expect(success.headers, contract.operationId).toHaveProperty("ETag");
      }
    }
    for (const contract of API_ROUTES.filter((c) => c.creates))
      expect(operationOf(contract).responses["201"]!.headers, contract.operationId).toHaveProperty("ETag");
    for (const contract of API_ROUTES.filter((c) => !c.resource))
      expect(operationOf(contract).responses).not.toHaveProperty("412");
  });

  it("documents the problem's code as an enum, and its requestId", () => {
    const problem = document.components.schemas.Problem!;
    expect(problem.properties.code!.enum).toEqual(
      expect.arrayContaining([
        "invalid_input",
        "unauthenticated",
        "forbidden",
        "not_found",
        "conflict",
        "precondition_failed",
        "payload_too_large",
        "unsupported_media_type",
        "rate_limited",
        "unavailable",
        "unprocessable",
      ]),
    );
    expect(problem.properties).toHaveProperty("requestId");
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("serves the generated document without a token", async () => {
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    const response = await GET(new Request("http://factdesk.test/api/v1/openapi.json"), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument(API_ROUTES))));
  });
});
