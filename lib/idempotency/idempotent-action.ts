import { getSessionUser } from "@/lib/auth/session";
import { InvalidInputError } from "@/lib/errors";
import { failure, type ActionResult } from "@/lib/http/action-result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fingerprintOf, INVALID_KEY_MESSAGE, validIdempotencyKey } from "@/lib/idempotency/idempotency-key";
import { withIdempotency } from "@/lib/idempotency/with-idempotency";

/** The field a create form sends its key in: a hidden input, or a property of the action's input object. */
export const IDEMPOTENCY_FIELD = "idempotencyKey";

/**
 * A server action that creates something, made safe against double submits:
 * when its arguments carry an `idempotencyKey` (see useIdempotencyKey), the
 * first call runs and a repeat with the same key and the same arguments gets
 * the same ActionResult again instead of a second row, for 24 hours, scoped
 * to the signed-in user (see withIdempotency). Without a key, or signed out
 * (the action itself answers 401 then), it simply runs.
 */
export async function idempotentAction<T>(
  action: string,
  args: readonly unknown[],
  run: () => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  try {
    const raw = keyIn(args);
    if (raw === undefined) return await run();
    const key = validIdempotencyKey(raw);
    if (!key) throw new InvalidInputError(INVALID_KEY_MESSAGE, { [IDEMPOTENCY_FIELD]: [INVALID_KEY_MESSAGE] });
    const user = await getSessionUser();
    if (!user) return await run();
    const fingerprint = fingerprintOf([action, ...args.map(canonical)]);
    const { answer } = await withIdempotency({ scope: `user:${user.id}`, key, fingerprint }, async () => {
      const result = await run();
      return { status: result.ok ? 200 : result.status, body: result as unknown as Prisma.InputJsonValue };
    });
    return answer.body as unknown as ActionResult<T>;
  } catch (error) {
    return failure(error);
  }
}

function keyIn(args: readonly unknown[]): unknown {
  for (const arg of args) {
    if (arg instanceof FormData && arg.has(IDEMPOTENCY_FIELD)) return arg.get(IDEMPOTENCY_FIELD);
    if (isPlainObject(arg) && IDEMPOTENCY_FIELD in arg) return arg[IDEMPOTENCY_FIELD];
  }
  return undefined;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof FormData);

/** One argument as text for the fingerprint, without the key itself (files by name, size and type). */
function canonical(arg: unknown): string {
  if (arg instanceof FormData) {
    const entries = [...arg.entries()]
      .filter(([name]) => name !== IDEMPOTENCY_FIELD)
      .map(([name, value]) => [
        name,
        typeof value === "string" ? value : `file:${value.name}:${value.size}:${value.type}`,
      ]);
    return JSON.stringify(entries);
  }
  if (isPlainObject(arg))
    return JSON.stringify(Object.fromEntries(Object.entries(arg).filter(([name]) => name !== IDEMPOTENCY_FIELD)));
  return JSON.stringify(arg) ?? "undefined";
}
