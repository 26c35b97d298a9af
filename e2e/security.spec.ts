import net from "node:net";
import { expect, test } from "@playwright/test";
import { createArticle, createUser, createWorkspaceWithMembers } from "./support/test-data";
import { signInWithPassword } from "./support/pages";
import { waitForReader } from "./support/reader";

const PASSWORD = "correct horse battery";

test("pages run under a nonce-based CSP with no violations, cookies are HttpOnly and SameSite, framing is refused", async ({
  page,
}) => {
  // every CSP violation the browser reports, from the first script on
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  const { workspace } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
  const { article } = await createArticle(
    { workspaceId: workspace.id, userId: editor.id },
    { title: "Flood toll", text: "At least 12 people died in the flood, officials said." },
  );

  const signin = await page.goto("/signin");
  const csp = signin!.headers()["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(signin!.headers()["x-frame-options"]).toBe("DENY");
  expect(signin!.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Next's scripts carry this response's nonce (the browser hides nonce attributes from getAttribute, not from .nonce)
  const scriptNonces = await page
    .locator("script")
    .evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));

  await signInWithPassword(page, editor.email, PASSWORD);
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  // a hydrated, interactive page: the reader's scripts all ran under the policy
  const reader = await page.goto(`/w/${workspace.slug}/articles/${article.id}`);
  expect(/'nonce-([^']+)'/.exec(reader!.headers()["content-security-policy"]!)?.[1]).not.toBe(nonce); // fresh per response
  await waitForReader(page);
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: /keyboard shortcuts/i })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test("a state-changing request from another site is refused before it reaches the app", async ({
  request,
  baseURL,
}) => {
  const { workspace } = await createWorkspaceWithMembers();
  const crossSite = await request.post(`/w/${workspace.slug}/articles/new`, {
    headers: { origin: "https://attacker.example", "content-type": "application/x-www-form-urlencoded" },
    data: "title=forged",
  });
  expect(crossSite.status()).toBe(403);
  const sameSite = await request.post(`/w/${workspace.slug}/articles/new`, {
    headers: { origin: baseURL!, "content-type": "application/x-www-form-urlencoded" },
    data: "title=x",
  });
  expect(sameSite.status()).not.toBe(403);
});

test("oversized uploads are stopped in the form, and oversized headers are refused with 431", async ({
  page,
  baseURL,
}) => {
  const { workspace } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
  await page.goto("/signin");
  await signInWithPassword(page, editor.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}/articles/new`);
  await page.getByLabel("Upload a file").check();
  const file = page.getByLabel("File", { exact: true });
  await file.setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(6 * 1024 * 1024, "a") });
  expect(await file.evaluate((input: HTMLInputElement) => input.validationMessage)).toContain("5 MB");
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page).toHaveURL(/\/articles\/new$/); // nothing was sent
  // a file within the limit clears the message
  await file.setInputFiles({
    name: "ok.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("Flood toll\n\nAt least 12 died."),
  });
  expect(await file.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe("");

  // headers beyond Node's 16 KB limit never reach the app
  const headers = await fetch(`${baseURL}/signin`, { headers: { "x-padding": "a".repeat(20_000) } });
  expect(headers.status).toBe(431);
});

test("slow clients holding connections open with half-sent requests do not stop the app serving others", async ({
  baseURL,
}) => {
  const { hostname, port } = new URL(baseURL!);
  // 100 connections that send part of a request's headers, then a byte now and then (slowloris)
  const slow = await Promise.all(
    Array.from(
      { length: 100 },
      () =>
        new Promise<net.Socket>((resolve, reject) => {
          const socket = net.connect(Number(port), hostname, () => {
            socket.write("GET /signin HTTP/1.1\r\nHost: localhost\r\nX-Slow: ");
            resolve(socket);
          });
          socket.on("error", reject);
        }),
    ),
  );
  const trickle = setInterval(() => slow.forEach((s) => s.writable && s.write("a")), 200);
  try {
    // meanwhile ordinary requests are answered, every one of them
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`${baseURL}/signin`).then((r) => r.status)),
    );
    expect(answers).toEqual(Array(20).fill(200));
  } finally {
    clearInterval(trickle);
    slow.forEach((s) => s.destroy());
  }
});
