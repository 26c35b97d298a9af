"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSessionUser } from "@/lib/auth/session";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import {
  acceptInvitationWithPassword,
  type AcceptedWithPassword,
} from "@/lib/invitations/accept-invitation-with-password";
import { AcceptWithPasswordInputSchema, InvitationTokenSchema } from "@/lib/invitations/schemas";
import { runFormAction, type ActionResult } from "@/app/_lib/run-action";

/** Signed in as the invited address: join, then open the workspace. */
export async function acceptInvitationAction(
  token: string,
  _previous: ActionResult<{ workspaceSlug: string }> | null,
  form: FormData,
): Promise<ActionResult<{ workspaceSlug: string }>> {
  const result = await runFormAction(form, async () =>
    acceptInvitation((await requireSessionUser()).id, InvitationTokenSchema.parse(token)),
  );
  if (result.ok) redirect(`/w/${result.data.workspaceSlug}`);
  return result;
}

/** Public: whoever holds a live link chooses their password and joins; the browser then signs in with it. */
export async function acceptWithPasswordAction(
  token: string,
  _previous: ActionResult<AcceptedWithPassword> | null,
  form: FormData,
): Promise<ActionResult<AcceptedWithPassword>> {
  const t = await getTranslations("auth.invite");
  return runFormAction(
    form,
    async (fields) => acceptInvitationWithPassword(AcceptWithPasswordInputSchema.parse({ ...fields, token })),
    t("welcome"),
  );
}
