"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";
import { ChangeMemberRoleInputSchema, RemoveMemberInputSchema } from "@/lib/members/schemas";
import { inviteMember, type InvitedMember } from "@/lib/invitations/invite-member";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { InvitationIdInputSchema, InviteMemberInputSchema } from "@/lib/invitations/schemas";
import { runAction, runFormAction, type ActionResult } from "@/app/_lib/run-action";
import { revalidateWorkspaceIfOk } from "@/app/_lib/revalidate-workspace";
import { updateRatingScale } from "@/lib/workspaces/update-rating-scale";
import { UpdateRatingScaleInputSchema } from "@/lib/workspaces/rating-scale-schemas";
import { updateNameVariants } from "@/lib/claims/update-name-variants";
import { UpdateNameVariantsInputSchema } from "@/lib/workspaces/schemas";
import type { NameVariantsDto } from "@/lib/workspaces/get-name-variants";
import { getTranslations } from "next-intl/server";

export async function inviteMemberAction(
  slug: string,
  _previous: ActionResult<InvitedMember> | null,
  form: FormData,
): Promise<ActionResult<InvitedMember>> {
  const result = await runFormAction(form, async (fields) =>
    inviteMember(await getActor(slug), InviteMemberInputSchema.parse({ ...fields, name: fields.name || undefined })),
  );
  if (!result.ok) return result;
  revalidatePath(`/w/${slug}/admin`);
  const t = await getTranslations("admin.actions");
  return { ...result, message: t("invitationSent", { email: result.data.email }) };
}

export async function resendInvitationAction(
  slug: string,
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const t = await getTranslations("admin.actions");
  const result = await runFormAction(
    form,
    async (fields) => resendInvitation(await getActor(slug), InvitationIdInputSchema.parse(fields)),
    t("invitationResent"),
  );
  if (result.ok) revalidatePath(`/w/${slug}/admin`);
  return result;
}

export async function revokeInvitationAction(
  slug: string,
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const t = await getTranslations("admin.actions");
  const result = await runFormAction(
    form,
    async (fields) => revokeInvitation(await getActor(slug), InvitationIdInputSchema.parse(fields)),
    t("invitationRevoked"),
  );
  if (result.ok) revalidatePath(`/w/${slug}/admin`);
  return result;
}

export async function changeMemberRoleAction(
  slug: string,
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const t = await getTranslations("admin.actions");
  const result = await runFormAction(
    form,
    async (fields) => changeMemberRole(await getActor(slug), ChangeMemberRoleInputSchema.parse(fields)),
    t("roleChanged"),
  );
  if (result.ok) revalidatePath(`/w/${slug}/admin`);
  return result;
}

export async function removeMemberAction(
  slug: string,
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const t = await getTranslations("admin.actions");
  const result = await runFormAction(
    form,
    async (fields) => removeMember(await getActor(slug), RemoveMemberInputSchema.parse(fields)),
    t("memberRemoved"),
  );
  if (result.ok) revalidatePath(`/w/${slug}/admin`);
  return result;
}

export async function updateRatingScaleAction(slug: string, input: unknown): Promise<ActionResult> {
  const t = await getTranslations("admin.actions");
  // the labels show on every claim, verdict and report of the workspace
  return revalidateWorkspaceIfOk(
    slug,
    await runAction(
      async () => updateRatingScale(await getActor(slug), UpdateRatingScaleInputSchema.parse(input)),
      t("ratingScaleSaved"),
    ),
  );
}

/** The form's textarea holds one group per line. */
export async function updateNameVariantsAction(
  slug: string,
  _previous: ActionResult<NameVariantsDto> | null,
  form: FormData,
): Promise<ActionResult<NameVariantsDto>> {
  const t = await getTranslations("admin.actions");
  const result = await runFormAction(
    form,
    async (fields) =>
      updateNameVariants(
        await getActor(slug),
        UpdateNameVariantsInputSchema.parse({ groups: (fields.groups ?? "").split(/\r?\n/) }),
      ),
    t("nameVariantsSaved"),
  );
  if (result.ok) revalidatePath(`/w/${slug}/admin`);
  return result;
}
