import { expect, test, type Page } from "@playwright/test";
import { createUser, createWorkspaceWithMembers, db } from "./support/test-data";
import { screenshot } from "./support/pages";
import { tellDemoStory } from "../prisma/demo/demo-story";
import { englishPhrasesAbsentIn } from "./support/catalogue";

const PASSWORD = "correct horse battery";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** What sticks out past the right edge of a 390 px screen, widest first (empty: nothing scrolls sideways). */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    const wide: { what: string; right: number }[] = [];
    // inside a box that scrolls or clips sideways, an element does not widen the page
    const clipped = (el: HTMLElement) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== "visible") return true;
      return false;
    };
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const box = el.getBoundingClientRect();
      if (box.right > width + 1 && getComputedStyle(el).position !== "fixed" && !clipped(el)) {
        wide.push({
          what: `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} (${Math.round(box.right)} px)`,
          right: box.right,
        });
      }
    }
    return wide
      .sort((a, b) => b.right - a.right)
      .slice(0, 5)
      .map((w) => w.what);
  });
}

/** English interface phrases showing on a page that should be all Ukrainian. */
async function englishLeft(page: Page, phrases: string[]): Promise<string[]> {
  const shown = await page.locator("body").innerText();
  return phrases.filter((phrase) => shown.includes(phrase));
}

// In Ukrainian, whose words run longer than English ones: the narrow screen is the harder test, and every
// page is checked for English interface text left over (the workspace's own content stays as written).
test("no page scrolls sideways on a 390 px phone, and a Ukrainian reader sees no English interface text", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const { workspace, actors } = await createWorkspaceWithMembers();
  await tellDemoStory(actors);
  const admin = await createUser({ workspaceId: workspace.id, role: "ADMIN", password: PASSWORD });
  await db.user.update({ where: { id: admin.id }, data: { locale: "uk" } });
  const englishPhrases = englishPhrasesAbsentIn("uk");
  const base = `/w/${workspace.slug}`;
  const article = await db.article.findFirstOrThrow({
    where: { workspaceId: workspace.id },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const claim = await db.claim.findFirstOrThrow({
    where: { workspaceId: workspace.id, verdicts: { some: {} } },
    select: { id: true },
  });
  const conflict = await db.conflict.findFirstOrThrow({ where: { workspaceId: workspace.id }, select: { id: true } });
  const report = await db.report.findFirstOrThrow({ where: { workspaceId: workspace.id }, select: { id: true } });

  // signed out, the visitor picks Ukrainian on the sign-in page (a cookie), then signs in with the Ukrainian form
  await page.goto("/signin");
  await page.getByRole("button", { name: "Українська" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  expect(await overflow(page), "/signin").toEqual([]);
  expect(await englishLeft(page, englishPhrases), "/signin").toEqual([]);
  await page.getByLabel("Електронна пошта").fill(admin.email);
  await page.getByLabel("Пароль").fill(PASSWORD);
  await page.getByRole("button", { name: "Увійти", exact: true }).click();
  await expect(page).not.toHaveURL(/\/signin/);

  const paths = [
    base,
    `${base}/articles`,
    `${base}/articles/${article.id}`,
    `${base}/claims`,
    `${base}/claims/${claim.id}`,
    `${base}/review`,
    `${base}/conflicts`,
    `${base}/conflicts/${conflict.id}`,
    `${base}/reports`,
    `${base}/reports/${report.id}`,
    `${base}/search?q=flood`,
    `${base}/admin`,
    `${base}/admin/tokens`,
    `${base}/admin/audit`,
    "/account",
    "/inbox",
    "/workspaces",
  ];
  const found: Record<string, string[]> = {};
  const english: Record<string, string[]> = {};
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    const wide = await overflow(page);
    if (wide.length > 0) found[path] = wide;
    const left = await englishLeft(page, englishPhrases);
    if (left.length > 0) english[path] = left;
  }
  await page.goto(`${base}/claims/${claim.id}`);
  await expect(page).toHaveTitle(/^Твердження: .+ · Factdesk$/);
  await screenshot(page, "phone-claim", testInfo);
  await page.goto(`${base}/conflicts/${conflict.id}`);
  await expect(page).toHaveTitle(/^Конфлікт: .+ · Factdesk$/);
  await page.goto(`${base}/articles/${article.id}`);
  await screenshot(page, "phone-article", testInfo);
  expect({ wide: found, english }).toEqual({ wide: {}, english: {} });
});
