"use client";

import { useActionState } from "react";
import type { MySessionDto } from "@/lib/users/list-my-sessions";
import { describeUserAgent } from "@/lib/users/describe-user-agent";
import { LocalTime, ZoneNote } from "@/app/_components/time/local-time";
import { useTimeZone } from "@/app/_components/time/time-zone-context";
import { formatDayTime } from "@/lib/time/format-time";
import { signOutEverywhereAction, signOutOtherSessionsAction, signOutSessionAction } from "./actions";

const When = ({ date }: { date: Date }) => <LocalTime date={date} />;

/** The account's signed-in browsers, each with its own "Sign out", and the two sign-out-all buttons. */
export function SessionList({ sessions }: { sessions: MySessionDto[] }) {
  const [others, signOutOthers, signingOutOthers] = useActionState(signOutOtherSessionsAction, null);
  const [everywhere, signOutAll, signingOutAll] = useActionState(signOutEverywhereAction, null);
  const outcome = others ?? everywhere;
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where you are signed in</h2>
      <p className="muted">Each browser that signed in to your account, for up to 8 hours. Sign out any you do not recognise, then change your password.</p>
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
      <table className="data" aria-label="Active sessions">
        <thead>
          <tr>
            <th scope="col">Device</th>
            <th scope="col">Address</th>
            <th scope="col">Signed in <ZoneNote /></th>
            <th scope="col">Last seen <ZoneNote /></th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
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
            Sign out other sessions
          </button>
        </form>
        <form action={signOutAll}>
          <button className="button danger" type="submit" disabled={signingOutAll}>
            Sign out everywhere
          </button>
        </form>
      </div>
    </section>
  );
}

function SessionRow({ session }: { session: MySessionDto }) {
  const [state, signOut, pending] = useActionState(signOutSessionAction, null);
  const device = describeUserAgent(session.userAgent);
  const zone = useTimeZone();
  return (
    <tr>
      <td>
        <strong>{device}</strong> {session.current && <span className="badge">this session</span>}
        <br />
        <span className="muted">{session.method === "sso" ? "single sign-on" : "password"}</span>
        {state && !state.ok && (
          <p role="alert" className="field-error">
            {state.error}
          </p>
        )}
      </td>
      <td>{session.ipAddress ?? <span className="muted">unknown</span>}</td>
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
            <button className="button small danger" type="submit" disabled={pending} aria-label={`Sign out ${device}, signed in ${formatDayTime(session.createdAt, zone)}`}>
              Sign out
            </button>
          </form>
        )}
      </td>
    </tr>
  );
}
