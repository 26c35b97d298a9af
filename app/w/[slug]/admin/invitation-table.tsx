import type { InvitationPage } from "@/lib/invitations/find-invitations";
import { Pager } from "@/app/_components/paging/pager";
import { InvitationRow } from "./invitation-row";
import { useTranslations } from "next-intl";

/** A page of invitations with their total and pager; its cursor travels as `invitations`, beside the members' own. */
export function InvitationTable({
  slug,
  page,
  cursor,
  membersParams,
}: {
  slug: string;
  page: InvitationPage;
  cursor: string | undefined;
  membersParams: Record<string, string | undefined>;
}) {
  const t = useTranslations("admin.invitationTable");
  if (page.total === 0 && !cursor) return null;
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t("heading")}</h2>
      <p className="list-summary" id="invitations-summary">
        {t("summary", { total: page.total })}
      </p>
      <table className="data" aria-labelledby="invitations-heading" aria-describedby="invitations-summary">
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
          {page.items.map((invitation) => (
            <InvitationRow key={invitation.id} slug={slug} invitation={invitation} />
          ))}
        </tbody>
      </table>
      <Pager
        base={`/w/${slug}/admin`}
        params={membersParams}
        cursor={cursor}
        previousCursor={page.previousCursor}
        nextCursor={page.nextCursor}
        noun={t("pagerNoun")}
        cursorParam="invitations"
        label={t("pagerLabel")}
      />
    </section>
  );
}
