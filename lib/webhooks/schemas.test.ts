import { describe, expect, it } from "vitest";
import { RegisterWebhookEndpointInputSchema, UpdateWebhookEndpointInputSchema } from "@/lib/webhooks/schemas";
import { webhookAllowedHosts } from "@/lib/webhooks/allowed-hosts";

const valid = { url: "https://hooks.example.org/factdesk", events: ["claim.created"] };
const errorsOf = (input: unknown) => {
  const result = RegisterWebhookEndpointInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("webhook endpoint input", () => {
  it("takes an http(s) address and events of the catalogue, enabled by default, events deduplicated", () => {
    expect(
      RegisterWebhookEndpointInputSchema.parse({
        ...valid,
        url: " http://10.0.0.5:8080/in ",
        events: ["claim.created", "article.imported", "claim.created"],
      }),
    ).toEqual({
      url: "http://10.0.0.5:8080/in",
      description: "",
      events: ["claim.created", "article.imported"],
      enabled: true,
    });
  });

  it.each([
    [{ ...valid, url: "ftp://example.org/x" }, "url: Enter an http or https address."],
    [{ ...valid, url: "not a url" }, "url: Enter an http or https address."],
    [
      { ...valid, url: "https://user:pw@example.org/x" },
      "url: Leave the user name and password out of the address: check the signature instead.",
    ],
    [{ ...valid, events: [] }, "events: Choose at least one event."],
    [{ ...valid, events: ["webhook.test"] }, "events.0: Choose events from the list."],
    [{ ...valid, events: ["claim.deleted"] }, "events.0: Choose events from the list."],
  ])("refuses %j", (input, message) => {
    expect(errorsOf(input)).toEqual([message]);
  });

  it("an update changes only what it names, with the same rules", () => {
    expect(UpdateWebhookEndpointInputSchema.parse({ enabled: false })).toEqual({ enabled: false });
    expect(UpdateWebhookEndpointInputSchema.safeParse({ events: [] }).success).toBe(false);
  });

  it("WEBHOOK_ALLOWED_HOSTS: trimmed, lower-cased, empty entries dropped", () => {
    expect(webhookAllowedHosts(" 127.0.0.1, LocalHost:8080,, ")).toEqual(["127.0.0.1", "localhost:8080"]);
    expect(webhookAllowedHosts(undefined)).toEqual([]);
  });
});
