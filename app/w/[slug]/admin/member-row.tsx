"use client";

import { useActionState } from "react";
import type { MemberDto } from "@/lib/members/find-members";
import { changeMemberRoleAction, removeMemberAction } from "./actions";

const ROLE_LABELS = { VIEWER: "Viewer", EDITOR: "Editor", REVIEWER: "Reviewer", ADMIN: "Admin" } as const;

export function MemberRow({ slug, member, isSelf }: { slug: string; member: MemberDto; isSelf: boolean }) {
  const [roleState, changeRole, changing] = useActionState(changeMemberRoleAction.bind(null, slug), null);
  const [removeState, remove, removing] = useActionState(removeMemberAction.bind(null, slug), null);
  const error = (roleState && !roleState.ok && roleState.error) || (removeState && !removeState.ok && removeState.error);
  const who = member.name ?? member.email;
  return (
    <tr>
      <td>
        <strong>{member.name ?? "—"}</strong>
        {isSelf && <span className="muted"> (you)</span>}
        <br />
        <span className="muted">{member.email}</span>
        {error && (
          <p role="alert" className="field-error" style={{ color: "var(--danger)", margin: "0.25rem 0 0" }}>
            {error}
          </p>
        )}
      </td>
      <td>
        <form action={changeRole} className="form-row">
          <input type="hidden" name="membershipId" value={member.membershipId} />
          <label className="visually-hidden" htmlFor={`role-${member.membershipId}`}>
            Role of {who}
          </label>
          <select id={`role-${member.membershipId}`} name="role" defaultValue={member.role} key={member.role}>
            {Object.entries(ROLE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <button className="button small secondary" type="submit" disabled={changing} aria-label={`Save role of ${who}`}>
            Save
          </button>
        </form>
      </td>
      <td>{member.hasPassword ? "Password" : "SSO only"}</td>
      <td>
        <form action={remove}>
          <input type="hidden" name="membershipId" value={member.membershipId} />
          <button className="button small danger" type="submit" disabled={removing} aria-label={`Remove ${who}`}>
            Remove
          </button>
        </form>
      </td>
    </tr>
  );
}
