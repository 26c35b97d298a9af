import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";

/**
 * How many endpoints a workspace may have. A newsroom wires up a handful (its
 * CMS, a chat channel, a partner); the limit keeps the admin page's list whole
 * (it shows every endpoint, without pages) and the fan-out of each event small.
 * Refused beyond it, never cut off silently.
 */
export const MAX_WEBHOOK_ENDPOINTS = 20;

/** http or https, without user:password (it would be stored and shown like the rest of the address). */
export const WebhookUrlSchema = z
  .string()
  .trim()
  .min(1, "Enter the address that receives the events.")
  .max(2000, "Use at most 2,000 characters.")
  .refine(
    (value) => URL.canParse(value) && ["http:", "https:"].includes(new URL(value).protocol),
    "Enter an http or https address.",
  )
  .refine(
    (value) => !URL.canParse(value) || (new URL(value).username === "" && new URL(value).password === ""),
    "Leave the user name and password out of the address: check the signature instead.",
  );

const EventsSchema = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, { message: "Choose events from the list." }))
  .min(1, "Choose at least one event.")
  .transform((events) => [...new Set(events)]);

const DescriptionSchema = z.string().trim().max(500, "Use at most 500 characters.");

export const RegisterWebhookEndpointInputSchema = z.object({
  url: WebhookUrlSchema,
  description: DescriptionSchema.default(""),
  events: EventsSchema,
  enabled: z.boolean().default(true),
});
export type RegisterWebhookEndpointInput = z.input<typeof RegisterWebhookEndpointInputSchema>;

export const UpdateWebhookEndpointInputSchema = z.object({
  url: WebhookUrlSchema.optional(),
  description: DescriptionSchema.optional(),
  events: EventsSchema.optional(),
  enabled: z.boolean().optional(),
});
export type UpdateWebhookEndpointInput = z.input<typeof UpdateWebhookEndpointInputSchema>;
