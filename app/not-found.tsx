import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="page">
      <div className="card empty">
        <h1>Page not found</h1>
        <p>It does not exist, or it belongs to a workspace you are not a member of.</p>
        <Link className="button secondary" href="/">
          Back to Factdesk
        </Link>
      </div>
    </main>
  );
}
