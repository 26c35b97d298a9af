import type { InvitationDto } from "@/lib/invitations/find-invitations";
import { InvitationRow } from "./invitation-row";
import { useTranslations } from "next-intl";

export function InvitationTable({ slug, invitations }: { slug: string; invitations: InvitationDto[] }) {
  const t = useTranslations("admin.invitationTable");
  if (invitations.length === 0) return null;
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t("heading")}</h2>
      <table className="data" aria-labelledby="invitations-heading">
        <thead>
          <tr>
            <th scope="col">{t("invited")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("invitedBy")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("lastSent")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <InvitationRow key={invitation.id} slug={slug} invitation={invitation} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
