"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { addMember, type AddMemberResult } from "@/lib/members/add-member";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";
import { AddMemberInputSchema, ChangeMemberRoleInputSchema, RemoveMemberInputSchema } from "@/lib/members/schemas";
import { runAction, runFormAction, type ActionResult } from "@/lib/http/action-result";
import { updateRatingScale } from "@/lib/workspaces/update-rating-scale";
import { UpdateRatingScaleInputSchema } from "@/lib/workspaces/rating-scale-schemas";
import { updateNameVariants } from "@/lib/workspaces/update-name-variants";
import { UpdateNameVariantsInputSchema } from "@/lib/workspaces/schemas";
import type { NameVariantsDto } from "@/lib/workspaces/get-name-variants";

export async function addMemberAction(slug: string, _previous: ActionResult<AddMemberResult> | null, form: FormData): Promise<ActionResult<AddMemberResult>> {
  const result = await runFormAction(
    form,
    async (fields) => addMember(await getActor(slug), AddMemberInputSchema.parse({ ...fields, name: fields.name || undefined })),
    "Member added.",
  );
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
