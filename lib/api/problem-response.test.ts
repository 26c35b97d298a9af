import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConflictError, ForbiddenError, InvalidInputError, InvalidTransitionError, NotFoundError, PayloadTooLargeError } from "@/lib/errors";
import { ApiAuthenticationError, BadRequestError, RateLimitedError, UnsupportedMediaTypeError } from "@/lib/api/api-errors";
import { problemResponse } from "@/lib/api/problem-response";

async function problemOf(error: unknown) {
  const response = problemResponse(error, "/api/v1/things");
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe("problemResponse", () => {
  it.each([
    [new BadRequestError("bad"), 400],
    [new ApiAuthenticationError("who?", null), 401],
    [new ForbiddenError(), 403],
    [new NotFoundError("Claim"), 404],
    [new ConflictError("stale"), 409],
    [new InvalidTransitionError("no"), 409],
    [new PayloadTooLargeError("big"), 413],
    [new UnsupportedMediaTypeError("pdf"), 415],
    [new InvalidInputError("quote not found"), 422],
    [new RateLimitedError(12), 429],
  ])("%s → %i as problem+json", async (error, status) => {
    const { body, headers } = await problemOf(error);
    expect(headers.get("content-type")).toBe("application/problem+json");
    expect(body).toEqual({ type: "about:blank", title: expect.any(String), status, instance: "/api/v1/things", detail: (error as Error).message });
  });

  it("turns field errors into JSON pointers", async () => {
    const { body } = await problemOf(new BadRequestError("bad", { "evidence.0.url": ["Enter a URL."], "first.items[3].target": ["is required"], form: ["Whole body"], "a/b": ["odd"] }));
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
    expect(body.errors[0].pointer).toBe("/title");
  });

  it("challenges per RFC 6750 and tells when to retry", async () => {
    expect((await problemOf(new ApiAuthenticationError("who?", null))).headers.get("www-authenticate")).toBe('Bearer realm="factdesk"');
    expect((await problemOf(new ApiAuthenticationError('bad "token"', "invalid_token"))).headers.get("www-authenticate")).toBe('Bearer realm="factdesk", error="invalid_token", error_description="bad token"');
    expect((await problemOf(new RateLimitedError(12))).headers.get("retry-after")).toBe("12");
  });

  it("hides unexpected errors behind a request id (500)", async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const { status, body } = await problemOf(new Error("SELECT * FROM secrets failed"));
      expect(status).toBe(500);
      expect(JSON.stringify(body)).not.toContain("secrets");
      expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      console.error = original;
    }
  });
});
