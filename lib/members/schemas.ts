import { z } from "zod";

export const RoleSchema = z.enum(["VIEWER", "EDITOR", "REVIEWER", "ADMIN"], { message: "Choose a role." });

export const AddMemberInputSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254),
  name: z.string().trim().max(120, "Use at most 120 characters.").optional(),
  role: RoleSchema,
});
export type AddMemberInput = z.infer<typeof AddMemberInputSchema>;

export const ChangeMemberRoleInputSchema = z.object({
  membershipId: z.string().min(1),
  role: RoleSchema,
});
export type ChangeMemberRoleInput = z.infer<typeof ChangeMemberRoleInputSchema>;

export const RemoveMemberInputSchema = z.object({ membershipId: z.string().min(1) });
export type RemoveMemberInput = z.infer<typeof RemoveMemberInputSchema>;
