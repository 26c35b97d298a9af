import type { ReactNode } from "react";

/** A section that has nothing yet: says what will appear here and what to do. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card empty" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
