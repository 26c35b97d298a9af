import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { RoleSchema } from "@/lib/members/schemas";

export const InviteMemberInputSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254),
  name: z.string().trim().max(120, "Use at most 120 characters.").optional(),
  role: RoleSchema,
});
export type InviteMemberInput = z.infer<typeof InviteMemberInputSchema>;

export const InvitationIdInputSchema = z.object({ invitationId: z.string().min(1).max(64) });
export type InvitationIdInput = z.infer<typeof InvitationIdInputSchema>;

/** The secret of an invitation link, as it arrives from the URL (its shape is checked when it is looked up). */
export const InvitationTokenSchema = z.string().min(1).max(200);

export const AcceptWithPasswordInputSchema = z
  .object({
    token: InvitationTokenSchema,
    name: z.string().trim().min(1, "Enter your name.").max(120, "Use at most 120 characters."),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(200, "Use at most 200 characters."),
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ." });
export type AcceptWithPasswordInput = z.infer<typeof AcceptWithPasswordInputSchema>;

/** How long an invitation link works after it was (re)sent. */
export const INVITATION_VALID_DAYS = 7;

export function invitationExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
}
