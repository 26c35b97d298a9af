"use client";

import { useActionState } from "react";
import { detectConflictsAction } from "./actions";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Check for conflicts": runs detection over the workspace and says what changed. */
export function DetectForm({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState(detectConflictsAction.bind(null, slug), null);
  return (
    <form action={action} className="detect-form">
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Checking…" : "Check for conflicts"}
      </button>
      <div role="status" aria-live="polite">
        {state?.ok && (
          <p className="alert success">
            {state.data.created === 0 && state.data.closed === 0
              ? `No new conflicts. ${plural(state.data.unchanged, "conflict was", "conflicts were")} already known.`
              : `Found ${plural(state.data.created, "new conflict")}; ${plural(state.data.unchanged, "already known")}; closed ${plural(state.data.closed, "conflict")} no longer detected.`}
          </p>
        )}
      </div>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
    </form>
  );
}
