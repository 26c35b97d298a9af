/**
 * Steps of the fact-check integrity flow through /api/v1 only, for the
 * integrity HTTP tests: import an article as text, mark a passage, make a
 * claim from it. Each step asserts its own success, so a test reads as the
 * flow a client tool runs.
 */
import { expect } from "vitest";
import { POST as postArticle } from "@/app/api/v1/articles/route";
import { POST as postAnnotation } from "@/app/api/v1/articles/[articleId]/annotations/route";
import { POST as postClaim } from "@/app/api/v1/claims/route";
import { call, type ApiResponse } from "@/test/support/api-calls";

export interface ImportedArticle {
  id: string;
  text: string;
}

/** POST /articles with a text/plain body and its metadata in the query. */
export async function importText(token: string, text: string, query: Record<string, string>): Promise<ImportedArticle> {
  const response = await call(postArticle, "POST", "/articles", {
    token,
    body: text,
    contentType: "text/plain",
    query,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return { id: response.body.id, text: response.body.version.text };
}

/** POST /articles/{id}/annotations: a highlighting Web Annotation on the one place the phrase occurs; answers the annotation's id. */
export async function markPassage(token: string, articleId: string, exact: string): Promise<string> {
  const response = await call(postAnnotation, "POST", `/articles/${articleId}/annotations`, {
    token,
    params: { articleId },
    contentType: "application/ld+json",
    body: {
      type: "Annotation",
      motivation: "highlighting",
      target: { source: `https://news.example.test/${articleId}`, selector: [{ type: "TextQuoteSelector", exact }] },
    },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return String(response.body.id).split("/").at(-1)!;
}

/** POST /claims, expecting 201. */
export async function createClaim(token: string, body: object): Promise<ApiResponse> {
  const response = await call(postClaim, "POST", "/claims", { token, body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response;
}

/** The JSON pointers of a problem's field errors. */
export function pointers(response: ApiResponse): string[] {
  return (response.body.errors ?? []).map((e: { pointer: string }) => e.pointer);
}
