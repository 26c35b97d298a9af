import type { Metadata } from "next";
import Link from "next/link";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { findMembers } from "@/lib/members/find-members";
import { can } from "@/lib/policy/policy";
import { getNameVariants } from "@/lib/workspaces/get-name-variants";
import { findInvitations } from "@/lib/invitations/find-invitations";
import { InvitationForm } from "./invitation-form";
import { InvitationTable } from "./invitation-table";
import { MemberRow } from "./member-row";
import { DeletedArticles } from "./_deleted-articles/deleted-articles";
import { NameVariantsForm } from "./name-variants-form";
import { TwoFactorSetting } from "./_two-factor/two-factor-setting";
import { WebhooksLink } from "./webhooks/webhooks-link";
import { PublishingSettings } from "./_publishing/publishing-settings";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.membersPage"))("title") };
}

export default async function AdminMembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await pageActor(slug);
  pageAuthorize(actor, "member.read");
  const [members, invitations, nameVariants] = await Promise.all([
    findMembers(actor),
    findInvitations(actor),
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
      <InvitationTable slug={slug} invitations={invitations} />
      <h2 id="members-heading" style={{ marginTop: "1.5rem" }}>
        {t("membersHeading")}
      </h2>
      <table className="data" aria-labelledby="members-heading">
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
          {members.map((m) => (
            <MemberRow key={m.membershipId} slug={slug} member={m} isSelf={m.userId === actor.userId} />
          ))}
        </tbody>
      </table>
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
