"use client";

import { useCallback, useState } from "react";

/**
 * A create form's idempotency key (lib/idempotency/idempotent-action.ts):
 * made once per form instance, sent with every submit of it, so a double
 * click or a resubmit after a lost answer creates one row; renewed after a
 * success, so the next thing the form creates is a new request. Built from
 * crypto.getRandomValues, which (unlike crypto.randomUUID) also exists on
 * pages served over plain http.
 */
export function useIdempotencyKey(): readonly [key: string, renew: () => void] {
  const [key, setKey] = useState(newIdempotencyKey);
  const renew = useCallback(() => setKey(newIdempotencyKey()), []);
  return [key, renew] as const;
}

function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
