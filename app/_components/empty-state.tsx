import type { ReactNode } from "react";

/** A section that has nothing yet: says what will appear here and what to do. */
export function EmptyState({ title, headingId, children }: { title: string; headingId?: string; children: ReactNode }) {
  return (
    <section className="card empty" aria-label={title}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
