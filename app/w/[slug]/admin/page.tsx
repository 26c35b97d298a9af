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

export const metadata: Metadata = { title: "Members" };

export default async function AdminMembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await pageActor(slug);
  pageAuthorize(actor, "member.read");
  const [members, invitations, nameVariants] = await Promise.all([findMembers(actor), findInvitations(actor), getNameVariants(actor)]);
  return (
    <>
      <div className="page-head">
        <h1>Members</h1>
        <div className="row-actions">
          <Link className="button secondary" href={`/w/${slug}/admin/scale`}>
            Rating scale
          </Link>
          <Link className="button secondary" href={`/w/${slug}/admin/audit`}>
            Audit log
          </Link>
          <Link className="button secondary" href={`/w/${slug}/admin/tokens`}>
            API tokens
          </Link>
          <Link className="button secondary" href={`/w/${slug}/admin/jobs`}>
            Background jobs
          </Link>
        </div>
      </div>
      <section className="card">
        <InvitationForm slug={slug} />
      </section>
      <InvitationTable slug={slug} invitations={invitations} />
      <h2 id="members-heading" style={{ marginTop: "1.5rem" }}>
        Members
      </h2>
      <table className="data" aria-labelledby="members-heading">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role</th>
            <th scope="col">Sign-in</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
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
      {can(actor, "article.delete") && <DeletedArticles slug={slug} actor={actor} />}
    </>
  );
}
