"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { checkSourcesAction } from "./actions";

/** Admins: "Check now" — the check runs in the background; this says it was started. */
export function CheckNowForm({ slug }: { slug: string }) {
  const t = useTranslations("sources.check");
  const [state, action, pending] = useActionState(checkSourcesAction.bind(null, slug), null);
  return (
    <form action={action}>
      <button className="button" type="submit" disabled={pending}>
        {pending ? t("checking") : t("button")}
      </button>
      <div role="status" aria-live="polite">
        {state?.ok && <p className="alert success">{state.data.queued ? t("queued") : t("alreadyWaiting")}</p>}
      </div>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
    </form>
  );
}
