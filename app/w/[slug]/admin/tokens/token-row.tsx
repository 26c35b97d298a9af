"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ApiTokenDto } from "@/lib/api-tokens/find-api-tokens";
import { revokeApiTokenAction } from "./actions";
import { LocalTime } from "@/app/_components/time/local-time";
import { labelKey } from "@/lib/i18n/labels";

function When({ date }: { date: Date | null }) {
  const t = useTranslations("admin.tokenRow");
  return date ? <LocalTime date={date} /> : <span className="muted">{t("never")}</span>;
}

export function TokenRow({ slug, token }: { slug: string; token: ApiTokenDto }) {
  const t = useTranslations("admin.tokenRow");
  const labels = useTranslations("labels");
  const [state, revoke, revoking] = useActionState(revokeApiTokenAction.bind(null, slug), null);
  const active = token.revokedAt === null && !token.expired && token.creatorIsMember;
  return (
    <tr className={active ? undefined : "muted"}>
      <td>
        <strong>{token.name}</strong>
        <br />
        <code>{token.prefix}…</code>
        {state && !state.ok && (
          <p role="alert" className="field-error" style={{ color: "var(--danger)", margin: "0.25rem 0 0" }}>
            {state.error}
          </p>
        )}
      </td>
      <td>
        <span className={`badge ${token.role}`}>{labels(labelKey.role(token.role)).toLowerCase()}</span>
      </td>
      <td>{token.createdByName}</td>
      <td>
        <When date={token.createdAt} />
      </td>
      <td>
        <When date={token.lastUsedAt} />
      </td>
      <td>
        <When date={token.expiresAt} />
      </td>
      <td>
        <TokenStatus token={token} />
      </td>
      <td>
        {token.revokedAt === null && (
          <form action={revoke}>
            <input type="hidden" name="tokenId" value={token.id} />
            <button
              className="button small danger"
              type="submit"
              disabled={revoking}
              aria-label={t("revokeLabel", { name: token.name })}
            >
              {t("revoke")}
            </button>
          </form>
        )}
      </td>
    </tr>
  );
}

function TokenStatus({ token }: { token: ApiTokenDto }) {
  const t = useTranslations("admin.tokenRow");
  if (token.revokedAt) {
    return (
      <>
        {token.revokedReason === "creator_left" ? t("revokedCreatorLeft") : t("revoked")}{" "}
        <When date={token.revokedAt} />
      </>
    );
  }
  if (token.expired) return <>{t("expired")}</>;
  return <>{token.creatorIsMember ? t("active") : t("inactive")}</>;
}
