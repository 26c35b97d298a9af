"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { WebhookEndpointDto } from "@/lib/webhooks/webhook-endpoint-dto";
import type { WebhookDeliveryDto } from "@/lib/webhooks/find-webhook-deliveries";
import {
  deleteWebhookEndpointAction,
  rotateWebhookSecretAction,
  sendTestWebhookAction,
  setWebhookEndpointEnabledAction,
} from "./actions";
import { SecretReveal } from "./secret-reveal";
import { eventLabelKey } from "./event-label-key";
import { DeliveryLog } from "./delivery-log";

/** One endpoint: what it receives, its switches (enable, test, rotate the secret, delete) and its recent deliveries. */
export function EndpointCard({
  slug,
  endpoint,
  deliveries,
  pager,
}: {
  slug: string;
  endpoint: WebhookEndpointDto;
  deliveries: WebhookDeliveryDto[];
  /** the links to the endpoint's older (and newer) deliveries, rendered by the page */
  pager?: ReactNode;
}) {
  const t = useTranslations("webhooks");
  const [toggled, toggle, toggling] = useActionState(setWebhookEndpointEnabledAction.bind(null, slug), null);
  const [tested, test, testing] = useActionState(sendTestWebhookAction.bind(null, slug), null);
  const [rotated, rotate, rotating] = useActionState(rotateWebhookSecretAction.bind(null, slug), null);
  const [deleted, remove, deleting] = useActionState(deleteWebhookEndpointAction.bind(null, slug), null);
  const failed = [toggled, tested, rotated, deleted].find((s) => s && !s.ok);
  const headingId = `endpoint-${endpoint.id}`;
  const hidden = <input type="hidden" name="endpointId" value={endpoint.id} />;
  return (
    <section className="card" aria-labelledby={headingId} data-testid="webhook-endpoint">
      <h2 id={headingId} style={{ overflowWrap: "anywhere" }}>
        {endpoint.url}
      </h2>
      {endpoint.description && <p className="muted">{endpoint.description}</p>}
      <p>
        <span className="badge">{endpoint.enabled ? t("endpoint.enabled") : t("endpoint.disabled")}</span>{" "}
        {t("endpoint.events")} {endpoint.events.map((e) => t(eventLabelKey(e))).join(", ")}
      </p>
      {failed && !failed.ok && (
        <p role="alert" className="alert error">
          {failed.error}
        </p>
      )}
      {tested?.ok && (
        <p role="status" className="alert success">
          {tested.message}
        </p>
      )}
      {rotated?.ok && <SecretReveal id={`secret-${endpoint.id}`} secret={rotated.data.secret} />}
      <div className="row-actions">
        <form action={toggle}>
          {hidden}
          <input type="hidden" name="enabled" value={String(!endpoint.enabled)} />
          <button className="button small secondary" type="submit" disabled={toggling}>
            {endpoint.enabled ? t("endpoint.disable") : t("endpoint.enable")}
          </button>
        </form>
        <form action={test}>
          {hidden}
          <button className="button small secondary" type="submit" disabled={testing}>
            {t("endpoint.sendTest")}
          </button>
        </form>
        <form action={rotate} onSubmit={(e) => !confirm(t("endpoint.rotateConfirm")) && e.preventDefault()}>
          {hidden}
          <button className="button small secondary" type="submit" disabled={rotating}>
            {t("endpoint.rotate")}
          </button>
        </form>
        <form
          action={remove}
          onSubmit={(e) => !confirm(t("endpoint.deleteConfirm", { url: endpoint.url })) && e.preventDefault()}
        >
          {hidden}
          <button
            className="button small danger"
            type="submit"
            disabled={deleting}
            aria-label={t("endpoint.deleteLabel", { url: endpoint.url })}
          >
            {t("endpoint.delete")}
          </button>
        </form>
      </div>
      <DeliveryLog slug={slug} endpointId={endpoint.id} deliveries={deliveries} />
      {pager}
    </section>
  );
}
