import { expect, type Page } from "@playwright/test";

/**
 * The focus is on some element of the page, not on <body> (where it falls when
 * the focused control vanishes): issue 15 asks this after every main action.
 * Use after the assertion on the expected target, so it checks a settled page.
 */
export async function expectFocusOffBody(page: Page): Promise<void> {
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return el && el !== document.body && el !== document.documentElement ? null : (el?.tagName ?? "nothing");
  });
  expect(focused, "the focus fell to <body>").toBeNull();
}

/** What holds the focus, for a failing test's message: tag, id and text. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "nothing";
    return `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ""}${el.className ? ` class="${el.className}"` : ""}> ${el.innerText?.slice(0, 60) ?? ""}`;
  });
}
