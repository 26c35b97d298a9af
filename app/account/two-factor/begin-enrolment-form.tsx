"use client";

import { useActionState } from "react";
import { beginTwoFactorEnrolmentAction } from "./actions";
import { FormOutcome } from "@/app/_components/form-outcome";

/** Step 1: make a new secret (kept until it is confirmed). */
export function BeginEnrolmentForm() {
  const [state, action, busy] = useActionState(beginTwoFactorEnrolmentAction, null);
  return (
    <form action={action}>
      <FormOutcome state={state} success={false} />
      <button className="button" type="submit" disabled={busy}>
        {busy ? "Preparing…" : "Set up an authenticator app"}
      </button>
    </form>
  );
}
