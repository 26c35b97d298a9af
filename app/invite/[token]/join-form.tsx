"use client";

import { useActionState } from "react";
import { acceptInvitationAction } from "./actions";

export function JoinForm({ token, workspaceName }: { token: string; workspaceName: string }) {
  const [state, action, pending] = useActionState(acceptInvitationAction.bind(null, token), null);
  return (
    <form action={action} aria-label="Accept the invitation">
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      <button className="button block" type="submit" disabled={pending}>
        {pending ? "Joining…" : `Join ${workspaceName}`}
      </button>
    </form>
  );
}
