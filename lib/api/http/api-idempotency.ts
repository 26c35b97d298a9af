import { BadRequestError } from "@/lib/api/http/api-errors";
import type { RouteContract } from "@/lib/api/route-contract";
import { INVALID_KEY_MESSAGE, validIdempotencyKey } from "@/lib/idempotency/idempotency-key";

/**
 * The API's side of idempotency (lib/idempotency/with-idempotency.ts): a
 * client may send `Idempotency-Key: <1–255 printable ASCII characters>` with
 * any POST that needs a token; the answer of the first request with that key
 * is stored for 24 hours and replayed, marked `Idempotent-Replayed: true`.
 */
export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
export const REPLAYED_HEADER = "Idempotent-Replayed";

/** POSTs with a token and a JSON (or empty) answer; streamed files cannot be stored and replayed. */
export function acceptsIdempotencyKey(contract: RouteContract): boolean {
  return contract.method === "POST" && contract.role !== null && !contract.success.file;
}

/** The request's key, null without one; a header that is not a valid key is a 400. */
export function idempotencyKeyOf(request: Request): string | null {
  const raw = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (raw === null) return null;
  const key = validIdempotencyKey(raw.trim());
  if (!key) throw new BadRequestError(`The ${IDEMPOTENCY_KEY_HEADER} header is not valid: ${INVALID_KEY_MESSAGE}`);
  return key;
}
