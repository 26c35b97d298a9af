import type { InvitationDto } from "@/lib/invitations/find-invitations";
import { InvitationRow } from "./invitation-row";

export function InvitationTable({ slug, invitations }: { slug: string; invitations: InvitationDto[] }) {
  if (invitations.length === 0) return null;
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Invitations</h2>
      <table className="data" aria-labelledby="invitations-heading">
        <thead>
          <tr>
            <th scope="col">Invited</th>
            <th scope="col">Role</th>
            <th scope="col">Invited by</th>
            <th scope="col">Status</th>
            <th scope="col">Last sent</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
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
