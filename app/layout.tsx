import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Factdesk", template: "%s · Factdesk" },
  description: "Annotation and fact-check workspace for newsrooms",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // the id the server gave this request (lib/ops/observe-request.ts): error pages show it as the reference
  const requestId = (await headers()).get("x-request-id");
  return (
    <html lang="en">
      <head>{requestId && <meta name="request-id" content={requestId} />}</head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
