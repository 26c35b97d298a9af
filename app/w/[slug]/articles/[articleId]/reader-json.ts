import { runAction } from "@/app/_lib/run-action";

/**
 * The answer of one of the reader's GET routes: what the use case read, or its
 * failure, as the ActionResult a server action would give (errors in the
 * viewer's language), with the failure's status. One member's view: never cached.
 */
export async function readerJson<T>(read: () => Promise<T>): Promise<Response> {
  const result = await runAction(read);
  return Response.json(result, {
    status: result.ok ? 200 : result.status,
    headers: { "Cache-Control": "private, no-store" },
  });
}
