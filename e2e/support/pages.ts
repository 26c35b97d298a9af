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
export async function screenshot(page: Page, name: string, testInfo: import("@playwright/test").TestInfo): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}
