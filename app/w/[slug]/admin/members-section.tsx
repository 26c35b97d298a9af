import { getTranslations } from "next-intl/server";
import { Pager } from "@/app/_components/paging/pager";
import type { MemberPage } from "@/lib/members/find-members";
import { MemberFilter } from "./member-filter";
import { MemberRow } from "./member-row";

/** The members list: the filter, how many it shows (announced as the filter changes), a page of rows, the pager. */
export async function MembersSection({
  slug,
  page,
  q,
  cursor,
  invitationsCursor,
  selfId,
}: {
  slug: string;
  page: MemberPage;
  q: string | undefined;
  cursor: string | undefined;
  invitationsCursor: string | undefined;
  selfId: string;
}) {
  const t = await getTranslations("admin.membersPage");
  const base = `/w/${slug}/admin`;
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading" style={{ marginTop: "1.5rem" }}>
        {t("membersHeading")}
      </h2>
      <MemberFilter base={base} q={q} keep={{ invitations: invitationsCursor }} summaryId="members-summary" />
      <p className="list-summary" id="members-summary" role="status">
        {q ? t("matching", { total: page.total, q }) : t("summary", { total: page.total })}
      </p>
      {page.items.length > 0 && (
        <table className="data" aria-labelledby="members-heading" aria-describedby="members-summary">
          <thead>
            <tr>
              <th scope="col">{t("person")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("signIn")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((m) => (
              <MemberRow key={m.membershipId} slug={slug} member={m} isSelf={m.userId === selfId} />
            ))}
          </tbody>
        </table>
      )}
      <Pager
        base={base}
        params={{ q, invitations: invitationsCursor }}
        cursor={cursor}
        previousCursor={page.previousCursor}
        nextCursor={page.nextCursor}
        noun={t("pagerNoun")}
        label={t("pagerLabel")}
      />
    </section>
  );
}
