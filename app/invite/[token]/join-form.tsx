"use client";

import { useActionState } from "react";
import { acceptInvitationAction } from "./actions";
import { FormOutcome } from "@/app/_components/form-outcome";

export function JoinForm({ token, workspaceName }: { token: string; workspaceName: string }) {
  const [state, action, pending] = useActionState(acceptInvitationAction.bind(null, token), null);
  return (
    <form action={action} aria-label="Accept the invitation">
      <FormOutcome state={state} success={false} />
      <button className="button block" type="submit" disabled={pending}>
        {pending ? "Joining…" : `Join ${workspaceName}`}
      </button>
    </form>
  );
}
