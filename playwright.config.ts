import { defineConfig, devices } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";

// This file is evaluated again in every worker: pick ports and secrets once
// and pin them in process.env, which the workers inherit.
function freePort(): string {
  const js =
    'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})';
  return execFileSync(process.execPath, ["-e", js]).toString();
}
process.env.E2E_PORT ??= freePort();
process.env.E2E_OIDC_PORT ??= freePort();
process.env.E2E_SMTP_PORT ??= freePort();
process.env.E2E_MAIL_HTTP_PORT ??= freePort();
process.env.E2E_NEXTAUTH_SECRET ??= randomBytes(32).toString("base64");
// the public address of fact-checks and reports (publishing refuses one on localhost): the server and the workers' factories agree
process.env.PUBLIC_BASE_URL ??= "https://factdesk.e2e.test";
process.env.E2E_STATE_FILE ??= path.join(tmpdir(), `factdesk-e2e-${process.env.E2E_PORT}.json`);

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;
const oidcIssuer = `http://127.0.0.1:${process.env.E2E_OIDC_PORT}`;
const oidcClient = { OIDC_CLIENT_ID: "factdesk-e2e", OIDC_CLIENT_SECRET: "factdesk-e2e-secret" };

export default defineConfig({
  testDir: "./e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1, // 2 cores: next start and chromium already use both
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  // times follow the browser's zone (a tz cookie) until a person chooses one: pin it, so expectations do not depend on the machine
  // Traces record every action of every test (about 12% of the run's time) and are kept only on failure: CI keeps no
  // files, only its log, so it does not record them; locally a failed test leaves its trace in test-results/e2e.
  use: {
    baseURL,
    trace: process.env.CI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
    timezoneId: "UTC",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // Debian's chromium; `npx playwright install` cannot download browsers here.
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      // a real SMTP server the app sends invitations and reset links to (e2e/support/mail.ts reads them)
      command: "npx tsx e2e/support/mail-server.ts",
      url: `http://127.0.0.1:${process.env.E2E_MAIL_HTTP_PORT}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { E2E_SMTP_PORT: process.env.E2E_SMTP_PORT!, E2E_MAIL_HTTP_PORT: process.env.E2E_MAIL_HTTP_PORT! },
    },
    {
      command: "node e2e/support/oidc-server.mjs",
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { OIDC_PORT: process.env.E2E_OIDC_PORT!, APP_URL: baseURL, ...oidcClient },
    },
    {
      // serves the production build: `npm test` runs `next build` first
      command: "npx tsx e2e/support/serve.ts",
      url: `${baseURL}/signin`,
      reuseExistingServer: false,
      timeout: 120_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      stdout: "pipe",
      env: {
        E2E_PORT: process.env.E2E_PORT!,
        E2E_STATE_FILE: process.env.E2E_STATE_FILE!,
        NEXTAUTH_URL: baseURL,
        // publishing refuses public addresses on localhost: public links name this host, specs follow them by path
        PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL!,
        // webhooks (lib/webhooks) may reach the receivers specs start on this machine
        WEBHOOK_ALLOWED_HOSTS: "127.0.0.1,localhost",
        NEXTAUTH_SECRET: process.env.E2E_NEXTAUTH_SECRET!,
        SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
        MAIL_FROM: "Factdesk e2e <factdesk@e2e.test>",
        OIDC_ISSUER: oidcIssuer,
        OIDC_NAME: "Newsroom SSO",
        ...oidcClient,
        // warnings and errors in the run's output, not an access-log line per request (LOG_LEVEL=info shows them)
        LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      },
    },
  ],
});
