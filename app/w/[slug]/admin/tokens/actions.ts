"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { runFormAction, type ActionResult } from "@/app/_lib/run-action";
import { createApiToken, type CreatedApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { CreateApiTokenInputSchema, RevokeApiTokenInputSchema } from "@/lib/api-tokens/schemas";

export async function createApiTokenAction(
  slug: string,
  _previous: ActionResult<CreatedApiToken> | null,
  form: FormData,
): Promise<ActionResult<CreatedApiToken>> {
  const t = await getTranslations("admin.actions");
  const result = await runFormAction(
    form,
    async (fields) => createApiToken(await getActor(slug), CreateApiTokenInputSchema.parse(fields)),
    t("tokenCreated"),
  );
  if (result.ok) revalidatePath(`/w/${slug}/admin/tokens`);
  return result;
}

export async function revokeApiTokenAction(
  slug: string,
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const t = await getTranslations("admin.actions");
  const result = await runFormAction(
    form,
    async (fields) => revokeApiToken(await getActor(slug), RevokeApiTokenInputSchema.parse(fields)),
    t("tokenRevoked"),
  );
  if (result.ok) revalidatePath(`/w/${slug}/admin/tokens`);
  return result;
}
