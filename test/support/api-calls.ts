/**
 * HTTP-level test support: real Request objects into the exported route
 * handlers of app/api/v1, real tokens made by the real use case, the real
 * test database. Nothing of ours is mocked.
 */
import { expect } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createUser, type TestWorkspace } from "@/prisma/factories";
import type { ApiRouteHandler } from "@/lib/api/http/handle-route";
import type { Role } from "@/lib/policy/actor";

export const ORIGIN = "http://factdesk.test";

export interface CallOptions {
  token?: string | null;
  /** a JSON value (sent as application/json unless contentType says otherwise) or a raw string */
  body?: unknown;
  contentType?: string;
  query?: Record<string, string>;
  params?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test assertions read arbitrary JSON
}

export async function call(
  handler: ApiRouteHandler,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<ApiResponse> {
  const url = new URL(`/api/v1${path}`, ORIGIN);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const headers = new Headers(options.headers);
  if (options.token) headers.set("Authorization", `Bearer ${options.token}`);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers.set("Content-Type", options.contentType ?? "application/json");
  }
  const response = await handler(new Request(url, { method, headers, body }), {
    params: Promise.resolve(options.params ?? {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** A token of the workspace with the given role, created by its admin through the real use case. */
export async function tokenFor(world: TestWorkspace, role: Role, createdBy: Role = "ADMIN"): Promise<string> {
  const created = await createApiToken(world.actors[createdBy], { name: `${role.toLowerCase()} test token`, role });
  return created.secret;
}

/** A second admin of the workspace and a token of theirs (verdicts need two people: the four-eyes rule). */
export async function tokenOfAnotherAdmin(world: TestWorkspace, role: Role): Promise<string> {
  const admin = await createUser({ workspaceId: world.workspace.id, role: "ADMIN" });
  const created = await createApiToken(
    { userId: admin.id, workspaceId: world.workspace.id, role: "ADMIN" },
    { name: "second admin", role },
  );
  return created.secret;
}

/** An RFC 9457 problem+json body with the given status. */
export function expectProblem(response: ApiResponse, status: number): void {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(response.body).toMatchObject({
    type: "about:blank",
    status,
    title: expect.any(String),
    instance: expect.stringMatching(/^\/api\/v1\//),
  });
  if (status !== 500) expect(response.body.detail).toEqual(expect.any(String));
}
