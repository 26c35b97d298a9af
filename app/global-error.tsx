"use client";

import { useRequestId } from "@/app/_components/use-request-id";

/** The root layout itself failed: a minimal page of its own (it replaces <html>), with the logged references. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const requestId = useRequestId();
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "3rem auto", maxWidth: "40rem", padding: "0 1rem" }}>
        <main role="alert">
          <h1>Factdesk could not load this page</h1>
          <p>Something went wrong on our side. Please try again in a moment.</p>
          {requestId && <p>Reference: <code>{requestId}</code></p>}
          {error.digest && <p>Error digest: <code>{error.digest}</code></p>}
          <button type="button" onClick={reset}>Try again</button>
        </main>
      </body>
    </html>
  );
}
