"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { TwoFactorRequirementDto } from "@/lib/workspaces/two-factor-requirement-schemas";
import { updateTwoFactorRequirementAction } from "./_two-factor/actions";
import { FormOutcome } from "@/app/_components/form-outcome";

/** Admins: require two-factor sign-in for reviewers and admins of this workspace. */
export function TwoFactorForm({ slug, requirement, adminHasTwoFactor }: { slug: string; requirement: TwoFactorRequirementDto; adminHasTwoFactor: boolean }) {
  const [state, action, pending] = useActionState(updateTwoFactorRequirementAction.bind(null, slug), null);
  const current = state?.ok ? state.data : requirement;
  const missing = current.membersWithoutTwoFactor;
  return (
    <form action={action} aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">Two-factor sign-in</h2>
      <FormOutcome state={state} />
      <div className="field">
        <label>
          <input type="checkbox" name="required" value="true" defaultChecked={current.required} key={String(current.required)} aria-describedby="two-factor-hint" /> Require
          two-factor sign-in for reviewers and admins
        </label>
        <span className="hint" id="two-factor-hint">
          Reviewers and admins without an authenticator app are refused in this workspace until they set one up on their account page.{" "}
          {missing === 0 ? "All of them have set it up." : `${missing} ${missing === 1 ? "has" : "have"} not set it up yet.`}
        </span>
      </div>
      {!adminHasTwoFactor && (
        <p className="muted">
          To turn this on, first <Link href="/account/two-factor">set up two-factor sign-in for your own account</Link>.
        </p>
      )}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save two-factor setting"}
      </button>
    </form>
  );
}
