import type { ReactNode } from "react";
import { LanguageMenu } from "./language-menu";

/** The frame of the pages one reaches signed out (sign-in, reset, invitation, setup): the brand, one card, its heading. */
export function AuthPage({ title, children, after }: { title: ReactNode; children: ReactNode; after?: ReactNode }) {
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">Factdesk</p>
        <div className="card">
          <h1>{title}</h1>
          {children}
        </div>
        {after}
        <LanguageMenu />
      </div>
    </main>
  );
}
