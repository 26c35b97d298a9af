import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  InvalidTransitionError,
  NotFoundError,
  PayloadTooLargeError,
  ServiceUnavailableError,
} from "@/lib/errors";
import {
  ApiAuthenticationError,
  BadRequestError,
  PreconditionFailedError,
  RateLimitedError,
  UnsupportedMediaTypeError,
} from "@/lib/api/http/api-errors";
import { problemResponse, requestIdOf } from "@/lib/api/http/problem-response";

async function problemOf(error: unknown, requestId?: string) {
  const response = problemResponse(error, "/api/v1/things", {}, requestId);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe("problemResponse", () => {
  it.each([
    [new BadRequestError("bad"), 400, "invalid_input"],
    [new ApiAuthenticationError("who?", null), 401, "unauthenticated"],
    [new ForbiddenError(), 403, "forbidden"],
    [new NotFoundError("Claim"), 404, "not_found"],
    [new ConflictError("stale"), 409, "conflict"],
    [new InvalidTransitionError("no"), 409, "invalid_transition"],
    [new PreconditionFailedError("Claim"), 412, "precondition_failed"],
    [new PayloadTooLargeError("big"), 413, "payload_too_large"],
    [new UnsupportedMediaTypeError("pdf"), 415, "unsupported_media_type"],
    [new InvalidInputError("quote not found"), 422, "unprocessable"],
    [new RateLimitedError(12), 429, "rate_limited"],
    [new ServiceUnavailableError(), 503, "unavailable"],
  ])("%s → %i %s as problem+json", async (error, status, code) => {
    const { body, headers } = await problemOf(error);
    expect(headers.get("content-type")).toBe("application/problem+json");
    expect(body).toEqual({
      type: "about:blank",
      title: expect.any(String),
      status,
      code,
      instance: "/api/v1/things",
      detail: (error as Error).message,
    });
  });

  it("carries the request's id when it has one", async () => {
    const { body } = await problemOf(new NotFoundError("Claim"), "req-42.a:b");
    expect(body.requestId).toBe("req-42.a:b");
    const headers = (value: string) =>
      new Request("http://factdesk.test/api/v1/x", { headers: { "x-request-id": value } });
    expect(requestIdOf(headers("abc-123"))).toBe("abc-123");
    // a header that could carry text into a log line or a body is not repeated
    expect(requestIdOf(headers("a b<script>"))).toBeUndefined();
    expect(requestIdOf(headers("x".repeat(129)))).toBeUndefined();
    expect(requestIdOf(new Request("http://factdesk.test/api/v1/x"))).toBeUndefined();
  });

  it("turns field errors into JSON pointers", async () => {
    const { body } = await problemOf(
      new BadRequestError("bad", {
        "evidence.0.url": ["Enter a URL."],
        "first.items[3].target": ["is required"],
        form: ["Whole body"],
        "a/b": ["odd"],
      }),
    );
    expect(body.errors).toEqual([
      { pointer: "/evidence/0/url", detail: "Enter a URL." },
      { pointer: "/first/items/3/target", detail: "is required" },
      { pointer: "", detail: "Whole body" },
      { pointer: "/a~1b", detail: "odd" },
    ]);
  });

  it("a ZodError from a use case is 422 with its fields", async () => {
    const error = z.object({ title: z.string().min(3) }).safeParse({ title: "x" }).error;
    const { status, body } = await problemOf(error);
    expect(status).toBe(422);
    expect(body.code).toBe("unprocessable");
    expect(body.errors[0].pointer).toBe("/title");
  });

  it("challenges per RFC 6750 and tells when to retry", async () => {
    expect((await problemOf(new ApiAuthenticationError("who?", null))).headers.get("www-authenticate")).toBe(
      'Bearer realm="factdesk"',
    );
    expect(
      (await problemOf(new ApiAuthenticationError('bad "token"', "invalid_token"))).headers.get("www-authenticate"),
    ).toBe('Bearer realm="factdesk", error="invalid_token", error_description="bad token"');
    expect((await problemOf(new RateLimitedError(12))).headers.get("retry-after")).toBe("12");
  });

  it("hides unexpected errors behind a request id (500): the request's, else a fresh one", async () => {
    const { status, body } = await problemOf(new Error("SELECT * FROM secrets failed"));
    expect(status).toBe(500);
    expect(body.code).toBe("internal_error");
    expect(JSON.stringify(body)).not.toContain("secrets");
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await problemOf(new Error("boom"), "req-7")).body.requestId).toBe("req-7");
  });
});
