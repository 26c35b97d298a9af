"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { addMember, type AddMemberResult } from "@/lib/members/add-member";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";
import { AddMemberInputSchema, ChangeMemberRoleInputSchema, RemoveMemberInputSchema } from "@/lib/members/schemas";
import { runAction, type ActionResult } from "@/lib/http/action-result";

const fields = (form: FormData) => Object.fromEntries([...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""]));

export async function addMemberAction(slug: string, _previous: ActionResult<AddMemberResult> | null, form: FormData): Promise<ActionResult<AddMemberResult>> {
  const result = await runAction(async () => {
    const raw = fields(form);
    return addMember(await getActor(slug), AddMemberInputSchema.parse({ ...raw, name: raw.name || undefined }));
  }, "Member added.");
  if (result.ok) revalidatePath(`/w/${slug}/admin`);
  return result;
}

export async function changeMemberRoleAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(async () => changeMemberRole(await getActor(slug), ChangeMemberRoleInputSchema.parse(fields(form))), "Role changed.");
  if (result.ok) revalidatePath(`/w/${slug}/admin`);
  return result;
}

export async function removeMemberAction(slug: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(async () => removeMember(await getActor(slug), RemoveMemberInputSchema.parse(fields(form))), "Member removed.");
  if (result.ok) revalidatePath(`/w/${slug}/admin`);
  return result;
}
