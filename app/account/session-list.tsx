"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { MySessionDto } from "@/lib/users/list-my-sessions";
import { describeUserAgent } from "@/lib/users/describe-user-agent";
import { MAX_ACTIVE_SESSIONS } from "@/lib/auth/sessions/session-policy";
import { LocalTime, ZoneNote } from "@/app/_components/time/local-time";
import { useTimeZone } from "@/app/_components/time/time-zone-context";
import { formatDayTime } from "@/lib/time/format-time";
import { signOutEverywhereAction, signOutOtherSessionsAction, signOutSessionAction } from "./actions";

const When = ({ date }: { date: Date }) => <LocalTime date={date} />;

/** The account's signed-in browsers, each with its own "Sign out", and the two sign-out-all buttons. */
export function SessionList({ sessions }: { sessions: MySessionDto[] }) {
  const t = useTranslations("account.sessions");
  const [others, signOutOthers, signingOutOthers] = useActionState(signOutOtherSessionsAction, null);
  const [everywhere, signOutAll, signingOutAll] = useActionState(signOutEverywhereAction, null);
  const outcome = others ?? everywhere;
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t("heading")}</h2>
      <p className="muted">{t("intro", { max: MAX_ACTIVE_SESSIONS })}</p>
      {outcome && !outcome.ok && (
        <p role="alert" className="alert error">
          {outcome.error}
        </p>
      )}
      {others?.ok && (
        <p role="status" className="alert success">
          {others.message}
        </p>
      )}
      <table className="data" aria-label={t("table")}>
        <thead>
          <tr>
            <th scope="col">{t("device")}</th>
            <th scope="col">{t("address")}</th>
            <th scope="col">
              {t("signedIn")} <ZoneNote />
            </th>
            <th scope="col">
              {t("lastSeen")} <ZoneNote />
            </th>
            <th scope="col">
              <span className="visually-hidden">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <SessionRow key={session.id} session={session} />
          ))}
        </tbody>
      </table>
      <div className="row-actions">
        <form action={signOutOthers}>
          <button className="button secondary" type="submit" disabled={signingOutOthers || sessions.length < 2}>
            {t("signOutOthers")}
          </button>
        </form>
        <form action={signOutAll}>
          <button className="button danger" type="submit" disabled={signingOutAll}>
            {t("signOutEverywhere")}
          </button>
        </form>
      </div>
    </section>
  );
}

function SessionRow({ session }: { session: MySessionDto }) {
  const t = useTranslations("account.sessions");
  const locale = useLocale();
  const [state, signOut, pending] = useActionState(signOutSessionAction, null);
  const device = describeUserAgent(session.userAgent, {
    unknown: t("unknownBrowser"),
    browser: t("browser"),
    on: (browser, system) => t("browserOnSystem", { browser, system }),
  });
  const zone = useTimeZone();
  return (
    <tr>
      <td>
        <strong>{device}</strong> {session.current && <span className="badge">{t("thisSession")}</span>}
        <br />
        <span className="muted">{session.method === "sso" ? t("singleSignOn") : t("password")}</span>
        {state && !state.ok && (
          <p role="alert" className="field-error">
            {state.error}
          </p>
        )}
      </td>
      <td>{session.ipAddress ?? <span className="muted">{t("unknown")}</span>}</td>
      <td>
        <When date={session.createdAt} />
      </td>
      <td>
        <When date={session.lastSeenAt} />
      </td>
      <td>
        {!session.current && (
          <form action={signOut}>
            <input type="hidden" name="sessionId" value={session.id} />
            <button
              className="button small danger"
              type="submit"
              disabled={pending}
              aria-label={t("signOutLabel", { device, date: formatDayTime(session.createdAt, zone, locale) })}
            >
              {t("signOut")}
            </button>
          </form>
        )}
      </td>
    </tr>
  );
}
