"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { NotificationPreferenceDto } from "@/lib/notifications/find-notification-preferences";
import { emailFieldOf } from "@/lib/notifications/schemas";
import { updateNotificationPreferencesAction } from "./actions";
import { FormOutcome } from "@/app/_components/form-outcome";

/** One group per kind, named by what happened, each with an "Also email me" box. */
export function NotificationPreferencesForm({ preferences }: { preferences: NotificationPreferenceDto[] }) {
  const t = useTranslations("account.notifications");
  const [state, action, pending] = useActionState(updateNotificationPreferencesAction, null);
  return (
    <form action={action} aria-labelledby="email-heading">
      <h2 id="email-heading">{t("email")}</h2>
      <FormOutcome state={state} />
      {preferences.map(({ kind, email }) => (
        <fieldset
          key={kind}
          style={{ border: 0, borderBottom: "1px solid var(--line)", padding: "0.6rem 0", margin: 0 }}
        >
          <legend style={{ fontWeight: 600, padding: 0 }}>{t(`kind.${kind}`)}</legend>
          <label style={{ display: "flex", gap: "0.5rem", alignItems: "center", marginTop: "0.3rem" }}>
            <input type="checkbox" name={emailFieldOf(kind)} defaultChecked={email} />
            {t("alsoEmailMe")}
          </label>
        </fieldset>
      ))}
      <button className="button" type="submit" aria-disabled={pending || undefined} style={{ marginTop: "1rem" }}>
        {t("save")}
      </button>
    </form>
  );
}
