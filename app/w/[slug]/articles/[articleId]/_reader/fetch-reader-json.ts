import type { ActionResult } from "@/lib/http/action-result";

/** What JSON makes of a value: dates arrive as ISO strings. */
export type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

/**
 * Reads one of the reader's GET routes (reader-json.ts): its ActionResult.
 * Rejects when no JSON answer came (no network, or the sign-in page after the
 * session ended), as a server action's call would.
 */
export async function fetchReaderJson<T>(path: string, signal?: AbortSignal): Promise<ActionResult<Json<T>>> {
  const response = await fetch(path, { headers: { Accept: "application/json" }, cache: "no-store", signal });
  if (!response.headers.get("content-type")?.includes("application/json"))
    throw new Error(`${path} answered ${response.status} without JSON`);
  return (await response.json()) as ActionResult<Json<T>>;
}

/** The reader's read routes, under the article's own address, and the workspace's claim search. */
export const readerPaths = {
  annotation: (slug: string, articleId: string, annotationId: string) =>
    `/w/${encodeURIComponent(slug)}/articles/${encodeURIComponent(articleId)}/annotations/${encodeURIComponent(annotationId)}`,
  suggestions: (slug: string, articleId: string) =>
    `/w/${encodeURIComponent(slug)}/articles/${encodeURIComponent(articleId)}/suggestions`,
  /** the workspace's claim search (claims/search/route.ts), which the claim picker uses too */
  claimSearch: (slug: string, query: string) =>
    `/w/${encodeURIComponent(slug)}/claims/search?${new URLSearchParams({ q: query })}`,
};
