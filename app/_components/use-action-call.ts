"use client";

import { useCallback, useTransition } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import { settle } from "./settle-action";

type Call = <T>(action: () => Promise<ActionResult<T>>, then: (result: ActionResult<T>) => void) => void;

/**
 * How a component calls a server action where a form's useActionState does
 * not fit: a button (submit, withdraw, remove, a review decision), or a form
 * whose input is more than its fields (an evidence list, a chosen claim, a
 * correction note asked for after a first try). The action revalidates the
 * pages it changed (revalidatePath), so its answer brings the new content
 * with it: nothing is refreshed from here. `then` gets the result, a failed
 * request as a failed result (settle), so what was typed stays.
 */
export function useActionCall(): readonly [pending: boolean, call: Call] {
  const [pending, start] = useTransition();
  const call = useCallback<Call>((action, then) => start(async () => then(await settle(action()))), []);
  return [pending, call] as const;
}
