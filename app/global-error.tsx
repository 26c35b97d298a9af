"use client";

/** The root layout itself failed: a minimal page of its own (it replaces <html>), with the logged reference. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "3rem auto", maxWidth: "40rem", padding: "0 1rem" }}>
        <main role="alert">
          <h1>Factdesk could not load this page</h1>
          <p>Something went wrong on our side. Please try again in a moment.</p>
          {error.digest && <p>Reference: <code>{error.digest}</code></p>}
          <button type="button" onClick={reset}>Try again</button>
        </main>
      </body>
    </html>
  );
}
