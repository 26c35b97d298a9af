import { z } from "zod";
import type { KeysetOrder } from "@/lib/paging/keyset";

/** A sort a list offers: its keyset order and the words that name it in the UI. */
export interface ListSort extends KeysetOrder {
  label: string;
}

/**
 * The query fields every paged list shares. Sorts and filters come from the
 * address bar, so an unknown value falls back to the default rather than
 * failing the page; only a forged cursor is refused (InvalidCursorError).
 * The page size is set by code (tests, pickers), never by the address.
 */
export function listQueryFields<S extends string>(sorts: readonly [S, ...S[]], pageSize: number) {
  return {
    sort: z.enum(sorts).catch(sorts[0]),
    cursor: z.string().optional(),
    pageSize: z.number().int().min(1).max(500).catch(pageSize),
  };
}

/** A "contains" text filter from the address bar: trimmed, empty means none, overlong cut. */
export const textFilter = z
  .string()
  .optional()
  .catch(undefined)
  .transform((v) => v?.trim().slice(0, 200) || undefined);

/** An enum filter from the address bar: anything else means no filter. */
export function choiceFilter<C extends string>(choices: readonly [C, ...C[]]) {
  return z.enum(choices).optional().catch(undefined);
}

/** Next's searchParams as plain strings: the first of repeated keys. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[key] = first;
  }
  return out;
}
