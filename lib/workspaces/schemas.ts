import { z } from "zod";

export const WorkspaceSlugSchema = z
  .string()
  .trim()
  .min(2, "Use at least 2 characters.")
  .max(48, "Use at most 48 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens.");

export const CreateWorkspaceInputSchema = z.object({
  name: z.string().trim().min(2, "Use at least 2 characters.").max(80, "Use at most 80 characters."),
  slug: WorkspaceSlugSchema,
  organisationName: z.string().trim().min(2, "Use at least 2 characters.").max(120, "Use at most 120 characters."),
});
export type CreateWorkspaceInput = z.infer<typeof CreateWorkspaceInputSchema>;
