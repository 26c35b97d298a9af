import type { ActionResult } from "@/lib/http/action-result";

/**
 * A server action called from the browser, as a result that never throws: when
 * the request itself fails (no network, the server down or refusing the body),
 * the form gets an error to show next to what the person typed, instead of the
 * page being replaced by an error screen and the typing lost.
 */
export async function settle<T>(pending: Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await pending;
  } catch {
    return {
      ok: false,
      status: 0,
      error: "Factdesk could not be reached, so nothing was saved. What you typed is still here: try again in a moment.",
      fieldErrors: {},
    };
  }
}
