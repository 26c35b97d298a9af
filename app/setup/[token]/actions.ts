"use server";

import { setupFirstAdmin } from "@/lib/auth/first-admin/setup-first-admin";
import { SetupFirstAdminInputSchema } from "@/lib/auth/first-admin/schemas";
import { runFormAction, type ActionResult } from "@/app/_lib/run-action";

/** Public: whoever holds the link printed in the server's log, while the database has no user. The browser then signs in. */
export async function setupFirstAdminAction(
  token: string,
  _previous: ActionResult<{ email: string; workspaceSlug: string }> | null,
  form: FormData,
): Promise<ActionResult<{ email: string; workspaceSlug: string }>> {
  return runFormAction(form, async (fields) => {
    const { email, workspaceSlug } = await setupFirstAdmin(SetupFirstAdminInputSchema.parse({ ...fields, token }));
    return { email, workspaceSlug };
  });
}
