/**
 * Playwright's SMTP server: a real one (test/support/mail-catcher.ts) on
 * E2E_SMTP_PORT that the app sends to, plus a small HTTP endpoint on
 * E2E_MAIL_HTTP_PORT where tests read what arrived: GET /messages → JSON.
 */
import { createServer } from "node:http";
import { startMailCatcher } from "../../test/support/mail-catcher";

async function main(): Promise<void> {
  const catcher = await startMailCatcher(Number(process.env.E2E_SMTP_PORT));
  const http = createServer((request, response) => {
    if (request.url === "/messages") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(catcher.messages));
      return;
    }
    response.writeHead(request.url === "/health" ? 200 : 404).end();
  });
  http.listen(Number(process.env.E2E_MAIL_HTTP_PORT), "127.0.0.1");
  const stop = () => {
    http.close();
    void catcher.stop().then(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
