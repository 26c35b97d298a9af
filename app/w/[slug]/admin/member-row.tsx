"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { MemberDto } from "@/lib/members/find-members";
import { changeMemberRoleAction, removeMemberAction } from "./actions";
import { labelKey, ROLE_OPTIONS } from "@/lib/i18n/labels";

export function MemberRow({ slug, member, isSelf }: { slug: string; member: MemberDto; isSelf: boolean }) {
  const [roleState, changeRole, changing] = useActionState(changeMemberRoleAction.bind(null, slug), null);
  const [removeState, remove, removing] = useActionState(removeMemberAction.bind(null, slug), null);
  const error =
    (roleState && !roleState.ok && roleState.error) || (removeState && !removeState.ok && removeState.error);
  const who = member.name ?? member.email;
  const t = useTranslations("admin.memberRow");
  const labels = useTranslations("labels");
  return (
    <tr>
      <td>
        <strong>{member.name ?? "—"}</strong>
        {isSelf && <span className="muted"> {t("you")}</span>}
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
            {t("roleOf", { who })}
          </label>
          <select id={`role-${member.membershipId}`} name="role" defaultValue={member.role} key={member.role}>
            {ROLE_OPTIONS.map((role) => (
              <option key={role} value={role}>
                {labels(labelKey.role(role))}
              </option>
            ))}
          </select>
          <button
            className="button small secondary"
            type="submit"
            disabled={changing}
            aria-label={t("saveRoleOf", { who })}
          >
            {t("save")}
          </button>
        </form>
      </td>
      <td>{member.hasPassword ? t("password") : t("ssoOnly")}</td>
      <td>
        <form action={remove}>
          <input type="hidden" name="membershipId" value={member.membershipId} />
          <button
            className="button small danger"
            type="submit"
            disabled={removing}
            aria-label={t("removeWho", { who })}
          >
            {t("remove")}
          </button>
        </form>
      </td>
    </tr>
  );
}
