"use client";

import { useActionState } from "react";
import { markAllNotificationsReadAction } from "./actions";

/** Marks read what the person has seen: notifications that arrive after the page was shown (seenAt) stay unread. */
export function MarkAllReadForm({ seenAt }: { seenAt: string }) {
  const [state, action, pending] = useActionState(markAllNotificationsReadAction, null);
  return (
    <form action={action} style={{ marginBottom: "1rem" }}>
      <input type="hidden" name="seenAt" value={seenAt} />
      <button className="button secondary" type="submit" aria-disabled={pending || undefined}>
        Mark all as read
      </button>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      {state?.ok && (
        <p role="status" className="alert success">
          {state.data.marked === 1 ? "1 notification marked as read." : `${state.data.marked} notifications marked as read.`}
        </p>
      )}
    </form>
  );
}
