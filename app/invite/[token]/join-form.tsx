"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { acceptInvitationAction } from "./actions";
import { FormOutcome } from "@/app/_components/form-outcome";

export function JoinForm({ token, workspaceName }: { token: string; workspaceName: string }) {
  const t = useTranslations("auth.invite");
  const [state, action, pending] = useActionState(acceptInvitationAction.bind(null, token), null);
  return (
    <form action={action} aria-label={t("acceptForm")}>
      <FormOutcome state={state} success={false} />
      <button className="button block" type="submit" disabled={pending}>
        {pending ? t("joining") : t("join", { workspace: workspaceName })}
      </button>
    </form>
  );
}
