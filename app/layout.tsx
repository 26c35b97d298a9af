import type { Metadata } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { Messages } from "@/lib/i18n/catalogue";
import type { ReactNode } from "react";
import "./globals.css";
import { TimeZoneProvider } from "./_components/time/time-zone-context";
import { TimeZoneCookie } from "./_components/time/time-zone-cookie";
import { browserTimeZone, viewerTimeZone } from "./_lib/viewer-time-zone";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: "Factdesk", template: "%s · Factdesk" }, description: t("appDescription") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // the id the server gave this request (lib/ops/observe-request.ts): error pages show it as the reference
  const requestId = (await headers()).get("x-request-id");
  // every time on screen is in the viewer's zone (their setting, else their browser's): lib/time
  const [zone, reportedZone, locale, t] = await Promise.all([
    viewerTimeZone(),
    browserTimeZone(),
    getLocale(),
    getTranslations("common"),
  ]);
  return (
    <html lang={locale}>
      <head>{requestId && <meta name="request-id" content={requestId} />}</head>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        {/* the viewer's language and messages, for client components (next-intl: inherited from app/_lib/i18n-request.ts) */}
        <NextIntlClientProvider messages={await clientMessages()}>
          <TimeZoneProvider zone={zone}>{children}</TimeZoneProvider>
        </NextIntlClientProvider>
        <TimeZoneCookie reported={reportedZone} />
      </body>
    </html>
  );
}

/** The messages components in the browser use: not the server's error texts (translated on the server) nor the mails. */
async function clientMessages(): Promise<Partial<Messages>> {
  const { server: _server, mail: _mail, ...forTheBrowser } = (await getMessages()) as Messages;
  return forTheBrowser;
}
