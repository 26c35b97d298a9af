import type { Metadata } from "next";
import Link from "next/link";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { findMembers, MEMBERS_PAGE_SIZE } from "@/lib/members/find-members";
import { can } from "@/lib/policy/policy";
import { getNameVariants } from "@/lib/workspaces/get-name-variants";
import { findInvitations, INVITATIONS_PAGE_SIZE } from "@/lib/invitations/find-invitations";
import { firstValues, textFilter } from "@/lib/paging/list-query";
import { loadListPage } from "@/app/_components/paging/load-list-page";
import { InvitationForm } from "./invitation-form";
import { InvitationTable } from "./invitation-table";
import { MembersSection } from "./members-section";
import { DeletedArticles } from "./_deleted-articles/deleted-articles";
import { NameVariantsForm } from "./name-variants-form";
import { TwoFactorSetting } from "./_two-factor/two-factor-setting";
import { WebhooksLink } from "./webhooks/webhooks-link";
import { PublishingSettings } from "./_publishing/publishing-settings";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.membersPage"))("title") };
}

export default async function AdminMembersPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const query = firstValues(await searchParams);
  // two paged lists: the members' cursor is `cursor`, the invitations' `invitations`
  const cursor = query.cursor || undefined;
  const invitationsCursor = query.invitations || undefined;
  const q = textFilter.parse(query.q);
  const actor = await pageActor(slug);
  pageAuthorize(actor, "member.read");
  const [members, invitations, nameVariants] = await Promise.all([
    loadListPage(findMembers(actor, { cursor, pageSize: MEMBERS_PAGE_SIZE, q })),
    loadListPage(findInvitations(actor, { cursor: invitationsCursor, pageSize: INVITATIONS_PAGE_SIZE })),
    getNameVariants(actor),
  ]);
  const [t, nav] = await Promise.all([getTranslations("admin.membersPage"), getTranslations("admin.nav")]);
  return (
    <>
      <div className="page-head">
        <h1>{t("heading")}</h1>
        <div className="row-actions">
          <Link className="button secondary" href={`/w/${slug}/admin/scale`}>
            {nav("ratingScale")}
          </Link>
          <Link className="button secondary" href={`/w/${slug}/admin/audit`}>
            {nav("auditLog")}
          </Link>
          <Link className="button secondary" href={`/w/${slug}/admin/tokens`}>
            {nav("apiTokens")}
          </Link>
          <Link className="button secondary" href={`/w/${slug}/admin/jobs`}>
            {nav("backgroundJobs")}
          </Link>
          <WebhooksLink slug={slug} />
        </div>
      </div>
      <section className="card">
        <InvitationForm slug={slug} />
      </section>
      <InvitationTable slug={slug} page={invitations} cursor={invitationsCursor} membersParams={{ q, cursor }} />
      <MembersSection
        slug={slug}
        page={members}
        q={q}
        cursor={cursor}
        invitationsCursor={invitationsCursor}
        selfId={actor.userId}
      />
      {can(actor, "workspace.settings") && (
        <section className="card">
          <NameVariantsForm slug={slug} groups={nameVariants.groups} />
        </section>
      )}
      {can(actor, "workspace.settings") && <TwoFactorSetting slug={slug} actor={actor} />}
      {can(actor, "workspace.settings") && <PublishingSettings slug={slug} actor={actor} />}
      {can(actor, "article.delete") && <DeletedArticles slug={slug} actor={actor} />}
    </>
  );
}
