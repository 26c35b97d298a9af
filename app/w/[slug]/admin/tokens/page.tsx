import type { Metadata } from "next";
import Link from "next/link";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { findApiTokens } from "@/lib/api-tokens/find-api-tokens";
import { ROLES, roleAtLeast } from "@/lib/policy/actor";
import { CreateTokenForm } from "./create-token-form";
import { TokenRow } from "./token-row";
import { ZoneNote } from "@/app/_components/time/local-time";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await pageActor(slug);
  pageAuthorize(actor, "apiToken.manage");
  const tokens = await findApiTokens(actor);
  return (
    <>
      <div className="page-head">
        <h1>API tokens</h1>
        <Link className="button secondary" href={`/w/${slug}/admin`}>
          Members
        </Link>
      </div>
      <p className="muted">
        A token lets another tool use the <a href="/api/v1/openapi.json">Factdesk API</a> in this workspace, acting as you with the role you choose (never more than
        your own). Send it as <code>Authorization: Bearer fd_…</code>. Give it an expiry date, and revoke it when the tool no longer needs it. A token also stops working for good when you leave the workspace: it stays revoked if you are added again.
        Every operation is described in the <a href="/docs/api">API reference</a>.
      </p>
      <section className="card">
        <CreateTokenForm slug={slug} roles={ROLES.filter((role) => roleAtLeast(actor.role, role))} />
      </section>
      {tokens.length === 0 ? (
        <EmptyState title="No tokens yet">
          <p>Create one above for each tool that should read or write this workspace.</p>
        </EmptyState>
      ) : (
        <table className="data" aria-label="API tokens">
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Role</th>
              <th scope="col">Created by</th>
              <th scope="col">Created <ZoneNote /></th>
              <th scope="col">Last used <ZoneNote /></th>
              <th scope="col">Expires <ZoneNote /></th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <TokenRow key={token.id} slug={slug} token={token} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
