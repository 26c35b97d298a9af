import { z } from "zod";

export const RoleSchema = z.enum(["VIEWER", "EDITOR", "REVIEWER", "ADMIN"], { message: "Choose a role." });

export const ChangeMemberRoleInputSchema = z.object({
  membershipId: z.string().min(1),
  role: RoleSchema,
});
export type ChangeMemberRoleInput = z.infer<typeof ChangeMemberRoleInputSchema>;

export const RemoveMemberInputSchema = z.object({ membershipId: z.string().min(1) });
export type RemoveMemberInput = z.infer<typeof RemoveMemberInputSchema>;
