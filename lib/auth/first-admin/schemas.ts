import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { CreateWorkspaceInputSchema } from "@/lib/workspaces/schemas";

export const SetupFirstAdminInputSchema = z
  .object({
    token: z.string().min(1).max(200),
    name: z.string().trim().min(1, "Enter your name.").max(120, "Use at most 120 characters."),
    email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(200, "Use at most 200 characters."),
    confirmPassword: z.string(),
    workspaceName: CreateWorkspaceInputSchema.shape.name,
    slug: CreateWorkspaceInputSchema.shape.slug,
    organisationName: CreateWorkspaceInputSchema.shape.organisationName,
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ." });
export type SetupFirstAdminInput = z.infer<typeof SetupFirstAdminInputSchema>;

/** How long the setup link printed at server start works. */
export const FIRST_ADMIN_LINK_HOURS = 24;

/** Serialises everything that checks "no user yet" and then creates the first one (pg_advisory_xact_lock key). */
export const FIRST_USER_LOCK = 7_413_001;
