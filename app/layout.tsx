import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "./globals.css";
import { TimeZoneProvider } from "./_components/time/time-zone-context";
import { TimeZoneCookie } from "./_components/time/time-zone-cookie";
import { browserTimeZone, viewerTimeZone } from "./_lib/viewer-time-zone";

export const metadata: Metadata = {
  title: { default: "Factdesk", template: "%s · Factdesk" },
  description: "Annotation and fact-check workspace for newsrooms",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // the id the server gave this request (lib/ops/observe-request.ts): error pages show it as the reference
  const requestId = (await headers()).get("x-request-id");
  // every time on screen is in the viewer's zone (their setting, else their browser's): lib/time
  const [zone, reportedZone] = await Promise.all([viewerTimeZone(), browserTimeZone()]);
  return (
    <html lang="en">
      <head>{requestId && <meta name="request-id" content={requestId} />}</head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <TimeZoneProvider zone={zone}>{children}</TimeZoneProvider>
        <TimeZoneCookie reported={reportedZone} />
      </body>
    </html>
  );
}
