"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { runFormAction, type ActionResult } from "@/app/_lib/run-action";
import { registerWebhookEndpoint } from "@/lib/webhooks/register-webhook-endpoint";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { replayWebhookDelivery } from "@/lib/webhooks/replay-webhook-delivery";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { RegisterWebhookEndpointInputSchema } from "@/lib/webhooks/schemas";
import type { WebhookEndpointWithSecret } from "@/lib/webhooks/webhook-endpoint-dto";

const EndpointIdSchema = z.object({ endpointId: z.string().min(1).max(64) });
const DeliveryIdSchema = z.object({ endpointId: z.string().min(1).max(64), deliveryId: z.string().min(1).max(64) });
const EnabledSchema = EndpointIdSchema.extend({ enabled: z.enum(["true", "false"]).transform((v) => v === "true") });

const page = (slug: string) => `/w/${slug}/admin/webhooks`;

export async function registerWebhookEndpointAction(
  slug: string,
  _previous: ActionResult<WebhookEndpointWithSecret> | null,
  form: FormData,
): Promise<ActionResult<WebhookEndpointWithSecret>> {
  const t = await getTranslations("webhooks.actions");
  // the event checkboxes share one name: formFields keeps only one value, so they are read here
  const events = form instanceof FormData ? form.getAll("events").map(String) : [];
  const result = await runFormAction(
    form,
    async (fields) =>
      registerWebhookEndpoint(
        await getActor(slug),
        RegisterWebhookEndpointInputSchema.parse({ url: fields.url, description: fields.description, events }),
      ),
    t("registered"),
  );
  if (result.ok) revalidatePath(page(slug));
  return result;
}

export async function setWebhookEndpointEnabledAction(
  slug: string,
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const t = await getTranslations("webhooks.actions");
  const result = await runFormAction(
    form,
    async (fields) => {
      const { endpointId, enabled } = EnabledSchema.parse(fields);
      await updateWebhookEndpoint(await getActor(slug), endpointId, { enabled });
    },
    t("updated"),
  );
  if (result.ok) revalidatePath(page(slug));
  return result;
}

export async function deleteWebhookEndpointAction(
  slug: string,
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const t = await getTranslations("webhooks.actions");
  const result = await runFormAction(
    form,
    async (fields) => deleteWebhookEndpoint(await getActor(slug), EndpointIdSchema.parse(fields).endpointId),
    t("deleted"),
  );
  if (result.ok) revalidatePath(page(slug));
  return result;
}

export async function rotateWebhookSecretAction(
  slug: string,
  _previous: ActionResult<WebhookEndpointWithSecret> | null,
  form: FormData,
): Promise<ActionResult<WebhookEndpointWithSecret>> {
  const t = await getTranslations("webhooks.actions");
  const result = await runFormAction(
    form,
    async (fields) => rotateWebhookSecret(await getActor(slug), EndpointIdSchema.parse(fields).endpointId),
    t("rotated"),
  );
  if (result.ok) revalidatePath(page(slug));
  return result;
}

export async function sendTestWebhookAction(
  slug: string,
  _previous: ActionResult<{ id: string }> | null,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  const t = await getTranslations("webhooks.actions");
  const result = await runFormAction(
    form,
    async (fields) => sendTestWebhook(await getActor(slug), EndpointIdSchema.parse(fields).endpointId),
    t("testSent"),
  );
  if (result.ok) revalidatePath(page(slug));
  return result;
}

export async function replayWebhookDeliveryAction(
  slug: string,
  _previous: ActionResult<{ id: string }> | null,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  const t = await getTranslations("webhooks.actions");
  const result = await runFormAction(
    form,
    async (fields) => {
      const { endpointId, deliveryId } = DeliveryIdSchema.parse(fields);
      return replayWebhookDelivery(await getActor(slug), deliveryId, endpointId);
    },
    t("replayed"),
  );
  if (result.ok) revalidatePath(page(slug));
  return result;
}
