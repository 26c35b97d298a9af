"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { markAllNotificationsReadAction } from "./actions";

/** Marks read what the person has seen: notifications that arrive after the page was shown (seenAt) stay unread. */
export function MarkAllReadForm({ seenAt }: { seenAt: string }) {
  const t = useTranslations("inbox.markAll");
  const [state, action, pending] = useActionState(markAllNotificationsReadAction, null);
  return (
    <form action={action} style={{ marginBottom: "1rem" }}>
      <input type="hidden" name="seenAt" value={seenAt} />
      <button className="button secondary" type="submit" aria-disabled={pending || undefined}>
        {t("submit")}
      </button>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      {state?.ok && (
        <p role="status" className="alert success">
          {t("done", { count: state.data.marked })}
        </p>
      )}
    </form>
  );
}
