import { z } from "zod";
import { RoleSchema } from "@/lib/members/schemas";

export const CreateApiTokenInputSchema = z.object({
  name: z.string().trim().min(1, "Name the token after what uses it.").max(100, "Use at most 100 characters."),
  role: RoleSchema,
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInputSchema>;

export const RevokeApiTokenInputSchema = z.object({ tokenId: z.string().min(1) });
export type RevokeApiTokenInput = z.infer<typeof RevokeApiTokenInputSchema>;
