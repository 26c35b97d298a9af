import { z } from "zod";

export const UpdateTwoFactorRequirementInputSchema = z
  .object({ required: z.boolean().describe("reviewers and admins must sign in with an authenticator code") })
  .strict();
export type UpdateTwoFactorRequirementInput = z.infer<typeof UpdateTwoFactorRequirementInputSchema>;

export interface TwoFactorRequirementDto {
  required: boolean;
  /** reviewers and admins of the workspace who have not set up two-factor sign-in (refused while it is required) */
  membersWithoutTwoFactor: number;
}
