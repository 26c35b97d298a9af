import { expect, type Page } from "@playwright/test";

/** Fills and submits the sign-in form (use when the attempt may fail). */
export async function attemptSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs in and waits until the app has left the sign-in page. */
export async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
  await attemptSignIn(page, email, password);
  await expect(page).not.toHaveURL(/\/signin/);
}

/**
 * Signs in over HTTP as the sign-in form does (next-auth's credentials callback with its CSRF
 * token), in the page's own cookie jar, without rendering the sign-in page: for journeys whose
 * subject is not signing in. The page stays where it was; go to the page the test is about.
 * (auth, two-factor, sessions, password-reset, security and phone specs drive the form itself.)
 */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  const origin = new URL(csrf.url()).origin;
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: `${origin}/`, json: "true" },
    headers: { origin },
    maxRedirects: 0,
  });
  const { url } = (await answer.json()) as { url: string };
  const error = new URL(url, origin).searchParams.get("error");
  if (answer.status() !== 200 || error)
    throw new Error(`signing in as ${email} failed: ${answer.status()} ${error ?? ""}`);
}

/** Next.js adds its own role="alert" route announcer: look for alerts inside the form. */
export function signInAlert(page: Page) {
  return page.getByRole("form", { name: "Sign in" }).getByRole("alert");
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("banner").locator("summary", { hasText: /@|\w/ }).last().click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

/** Saves a full-page screenshot as a test artifact (attached to the report and kept in test-results/). */
export async function screenshot(
  page: Page,
  name: string,
  testInfo: import("@playwright/test").TestInfo,
): Promise<void> {
  // pictures for people looking at the UI; CI keeps only its log, so it skips them (a full-page PNG costs a few hundred ms)
  if (process.env.CI && !process.env.E2E_SCREENSHOTS) return;
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}
