import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="page">
      <div className="card empty">
        <h1>You don’t have access to this page</h1>
        <p>Your role in this workspace does not allow it. Ask a workspace admin if you need access.</p>
        <Link className="button secondary" href="/">
          Back to Factdesk
        </Link>
      </div>
    </main>
  );
}
