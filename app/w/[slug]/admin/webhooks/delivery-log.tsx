"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { WebhookDeliveryDto } from "@/lib/webhooks/find-webhook-deliveries";
import { LocalTime } from "@/app/_components/time/local-time";
import { replayWebhookDeliveryAction } from "./actions";

/** An endpoint's recent deliveries: status, tries, the last answer, the full attempt log on demand, and Replay. */
export function DeliveryLog({
  slug,
  endpointId,
  deliveries,
}: {
  slug: string;
  endpointId: string;
  deliveries: WebhookDeliveryDto[];
}) {
  const t = useTranslations("webhooks.deliveries");
  if (deliveries.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <table className="data" aria-label={t("label")}>
      <thead>
        <tr>
          <th scope="col">{t("event")}</th>
          <th scope="col">{t("status")}</th>
          <th scope="col">{t("attempts")}</th>
          <th scope="col">{t("lastAnswer")}</th>
          <th scope="col">
            <span className="visually-hidden">{t("actions")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((delivery) => (
          <DeliveryRow key={delivery.id} slug={slug} endpointId={endpointId} delivery={delivery} />
        ))}
      </tbody>
    </table>
  );
}

function DeliveryRow({
  slug,
  endpointId,
  delivery,
}: {
  slug: string;
  endpointId: string;
  delivery: WebhookDeliveryDto;
}) {
  const t = useTranslations("webhooks.deliveries");
  const [state, replay, replaying] = useActionState(replayWebhookDeliveryAction.bind(null, slug), null);
  const last = delivery.log.at(-1);
  return (
    <tr data-testid="webhook-delivery" data-message-id={delivery.messageId}>
      <td>
        <code>{delivery.eventType}</code>
        <br />
        <span className="muted">
          <LocalTime date={delivery.createdAt} />
          {delivery.replayOfId && ` · ${t("replay")}`}
        </span>
      </td>
      <td>{t(`statuses.${delivery.status}`)}</td>
      <td>
        {delivery.attempts}
        {delivery.log.length > 0 && (
          <details>
            <summary>{t("log")}</summary>
            <ol>
              {delivery.log.map((attempt) => (
                <li key={attempt.number}>
                  <LocalTime date={attempt.attemptedAt} /> · {attempt.httpStatus ?? t("noAnswer")} ·{" "}
                  {t("duration", { ms: attempt.durationMs })}
                  {attempt.error && <div className="field-error">{attempt.error}</div>}
                  {attempt.response && (
                    <pre style={{ whiteSpace: "pre-wrap", maxHeight: "8rem", overflow: "auto" }}>
                      {attempt.response}
                    </pre>
                  )}
                </li>
              ))}
            </ol>
          </details>
        )}
      </td>
      <td>
        {last ? (
          (last.httpStatus ?? t("noAnswer")) + (last.response ? ` · ${last.response.slice(0, 80)}` : "")
        ) : (
          <span className="muted">{t("notTried")}</span>
        )}
      </td>
      <td>
        <form action={replay}>
          <input type="hidden" name="endpointId" value={endpointId} />
          <input type="hidden" name="deliveryId" value={delivery.id} />
          <button
            className="button small secondary"
            type="submit"
            disabled={replaying}
            aria-label={t("replayLabel", { event: delivery.eventType })}
          >
            {t("replayButton")}
          </button>
        </form>
        {state && !state.ok && (
          <p role="alert" className="field-error">
            {state.error}
          </p>
        )}
      </td>
    </tr>
  );
}
