"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { TwoFactorRequirementDto } from "@/lib/workspaces/two-factor-requirement-schemas";
import { updateTwoFactorRequirementAction } from "./_two-factor/actions";
import { FormOutcome } from "@/app/_components/form-outcome";

/** Admins: require two-factor sign-in for reviewers and admins of this workspace. */
export function TwoFactorForm({
  slug,
  requirement,
  adminHasTwoFactor,
}: {
  slug: string;
  requirement: TwoFactorRequirementDto;
  adminHasTwoFactor: boolean;
}) {
  const t = useTranslations("admin.twoFactor");
  const [state, action, pending] = useActionState(updateTwoFactorRequirementAction.bind(null, slug), null);
  const current = state?.ok ? state.data : requirement;
  const missing = current.membersWithoutTwoFactor;
  return (
    <form action={action} aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">{t("heading")}</h2>
      <FormOutcome state={state} />
      <div className="field">
        <label>
          <input
            type="checkbox"
            name="required"
            value="true"
            defaultChecked={current.required}
            key={String(current.required)}
            aria-describedby="two-factor-hint"
          />{" "}
          {t("require")}
        </label>
        <span className="hint" id="two-factor-hint">
          {t("hint")} {t("missing", { missing })}
        </span>
      </div>
      {!adminHasTwoFactor && (
        <p className="muted">
          {t.rich("setUpFirst", { link: (chunks) => <Link href="/account/two-factor">{chunks}</Link> })}
        </p>
      )}
      <button className="button" type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
