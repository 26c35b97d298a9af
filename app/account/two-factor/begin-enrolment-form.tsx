"use client";

import { useActionState } from "react";
import { beginTwoFactorEnrolmentAction } from "./actions";

/** Step 1: make a new secret (kept until it is confirmed). */
export function BeginEnrolmentForm() {
  const [state, action, busy] = useActionState(beginTwoFactorEnrolmentAction, null);
  return (
    <form action={action}>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      <button className="button" type="submit" disabled={busy}>
        {busy ? "Preparing…" : "Set up an authenticator app"}
      </button>
    </form>
  );
}
