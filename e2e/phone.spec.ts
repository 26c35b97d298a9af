import { expect, test, type Page } from "@playwright/test";
import { createUser, createWorkspaceWithMembers, db } from "./support/test-data";
import { screenshot, signInWithPassword } from "./support/pages";
import { tellDemoStory } from "../prisma/demo/demo-story";

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
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") return true;
      return false;
    };
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const box = el.getBoundingClientRect();
      if (box.right > width + 1 && getComputedStyle(el).position !== "fixed" && !clipped(el)) {
        wide.push({ what: `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} (${Math.round(box.right)} px)`, right: box.right });
      }
    }
    return wide.sort((a, b) => b.right - a.right).slice(0, 5).map((w) => w.what);
  });
}

test("no page scrolls sideways on a 390 px phone", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const { workspace, actors } = await createWorkspaceWithMembers();
  await tellDemoStory(actors);
  const admin = await createUser({ workspaceId: workspace.id, role: "ADMIN", password: PASSWORD });
  const base = `/w/${workspace.slug}`;
  const article = await db.article.findFirstOrThrow({ where: { workspaceId: workspace.id }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const claim = await db.claim.findFirstOrThrow({ where: { workspaceId: workspace.id, verdicts: { some: {} } }, select: { id: true } });
  const conflict = await db.conflict.findFirstOrThrow({ where: { workspaceId: workspace.id }, select: { id: true } });
  const report = await db.report.findFirstOrThrow({ where: { workspaceId: workspace.id }, select: { id: true } });

  await page.goto("/signin");
  expect(await overflow(page), "/signin").toEqual([]);
  await signInWithPassword(page, admin.email, PASSWORD);

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
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const wide = await overflow(page);
    if (wide.length > 0) found[path] = wide;
  }
  await page.goto(`${base}/claims/${claim.id}`);
  await screenshot(page, "phone-claim", testInfo);
  await page.goto(`${base}/articles/${article.id}`);
  await screenshot(page, "phone-article", testInfo);
  expect(found).toEqual({});
});
