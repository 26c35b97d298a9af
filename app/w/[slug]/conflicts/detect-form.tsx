"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { detectConflictsAction } from "./actions";

/** "Check for conflicts": runs detection over the workspace and says what changed. */
export function DetectForm({ slug }: { slug: string }) {
  const t = useTranslations("conflicts.detect");
  const [state, action, pending] = useActionState(detectConflictsAction.bind(null, slug), null);
  return (
    <form action={action} className="detect-form">
      <button className="button" type="submit" disabled={pending}>
        {pending ? t("checking") : t("check")}
      </button>
      <div role="status" aria-live="polite">
        {state?.ok && (
          <p className="alert success">
            {state.data.created === 0 && state.data.closed === 0
              ? t("noneNew", { unchanged: state.data.unchanged })
              : t("found", { created: state.data.created, unchanged: state.data.unchanged, closed: state.data.closed })}
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
