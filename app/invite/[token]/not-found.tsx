import Link from "next/link";

/** One page for every dead invitation link: unknown, used, revoked, expired or replaced by a newer one. */
export default function DeadInvitationLink() {
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">Factdesk</p>
        <div className="card">
          <h1>This invitation link is no longer valid</h1>
          <p>It may have expired, been used already, been revoked, or been replaced by a newer invitation email. Ask the workspace&apos;s admin to send the invitation again.</p>
          <p>If you already accepted it, sign in to work in the workspace.</p>
          <Link className="button secondary" href="/signin">
            Sign in
          </Link>
        </div>
      </div>
    </main>
  );
}
