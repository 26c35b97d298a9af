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
import { runAction, runFormAction, type ActionResult } from "@/lib/http/action-result";
import { updateRatingScale } from "@/lib/workspaces/update-rating-scale";
import { UpdateRatingScaleInputSchema } from "@/lib/workspaces/rating-scale-schemas";
import { updateNameVariants } from "@/lib/workspaces/update-name-variants";
import { UpdateNameVariantsInputSchema } from "@/lib/workspaces/schemas";
import type { NameVariantsDto } from "@/lib/workspaces/get-name-variants";

export async function inviteMemberAction(slug: string, _previous: ActionResult<InvitedMember> | null, form: FormData): Promise<ActionResult<InvitedMember>> {
  const result = await runFormAction(form, async (fields) => inviteMember(await getActor(slug), InviteMemberInputSchema.parse({ ...fields, name: fields.name || undefined })));
  if (!result.ok) return result;
  revalidatePath(`/w/${slug}/admin`);
  return { ...result, message: `Invitation sent to ${result.data.email}. They join the workspace when they accept it.` };
}

export async function resendInvitationAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runFormAction(form, async (fields) => resendInvitation(await getActor(slug), InvitationIdInputSchema.parse(fields)), "Sent again with a new link; the old link no longer works.");
  if (result.ok) revalidatePath(`/w/${slug}/admin`);
  return result;
}

export async function revokeInvitationAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runFormAction(form, async (fields) => revokeInvitation(await getActor(slug), InvitationIdInputSchema.parse(fields)), "Invitation revoked; its link no longer works.");
  if (result.ok) revalidatePath(`/w/${slug}/admin`);
  return result;
}

export async function changeMemberRoleAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runFormAction(form, async (fields) => changeMemberRole(await getActor(slug), ChangeMemberRoleInputSchema.parse(fields)), "Role changed.");
  if (result.ok) revalidatePath(`/w/${slug}/admin`);
  return result;
}

export async function removeMemberAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runFormAction(form, async (fields) => removeMember(await getActor(slug), RemoveMemberInputSchema.parse(fields)), "Member removed.");
  if (result.ok) revalidatePath(`/w/${slug}/admin`);
  return result;
}

export async function updateRatingScaleAction(slug: string, input: unknown): Promise<ActionResult> {
  return runAction(async () => updateRatingScale(await getActor(slug), UpdateRatingScaleInputSchema.parse(input)), "Rating scale saved.");
}

/** The form's textarea holds one group per line. */
export async function updateNameVariantsAction(slug: string, _previous: ActionResult<NameVariantsDto> | null, form: FormData): Promise<ActionResult<NameVariantsDto>> {
  const result = await runFormAction(
    form,
    async (fields) => updateNameVariants(await getActor(slug), UpdateNameVariantsInputSchema.parse({ groups: (fields.groups ?? "").split(/\r?\n/) })),
    "Spelling variants saved.",
  );
  if (result.ok) revalidatePath(`/w/${slug}/admin`);
  return result;
}
