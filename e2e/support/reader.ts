import { expect, type Page } from "@playwright/test";
import { MARK_SELECTOR } from "../../lib/reader/highlight-dom";

/** Waits until the reader's client code is listening for selections. */
export async function waitForReader(page: Page): Promise<void> {
  await expect(page.getByTestId("article-text")).toHaveAttribute("data-hydrated", "true");
}

/**
 * Selects `phrase` in the article with a real mouse drag: from 1px inside the
 * left edge of its first character to 1px inside the right edge of its last.
 */
export async function dragSelect(page: Page, phrase: string, occurrence = 0): Promise<void> {
  const points = await page.evaluate(
    ({ phrase, occurrence }) => {
      const root = document.querySelector('[data-testid="article-text"]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; from: number }[] = [];
      let all = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if ((n.parentElement as HTMLElement).closest(".note-tooltip")) continue;
        nodes.push({ node: n as Text, from: all.length });
        all += (n as Text).data;
      }
      let index = -1;
      for (let i = 0; i <= occurrence; i++) index = all.indexOf(phrase, index + 1);
      if (index < 0) throw new Error(`"${phrase}" is not in the article`);
      const rectOf = (offset: number) => {
        const hit = nodes.filter((x) => x.from <= offset).at(-1)!;
        const range = document.createRange();
        range.setStart(hit.node, offset - hit.from);
        range.setEnd(hit.node, offset - hit.from + 1);
        return range.getBoundingClientRect();
      };
      // scroll once, before measuring: both ends must be measured in the same viewport
      const startHit = nodes.filter((x) => x.from <= index).at(-1)!;
      startHit.node.parentElement!.scrollIntoView({ block: "center" });
      const first = rectOf(index);
      const last = rectOf(index + phrase.length - 1);
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    },
    { phrase, occurrence },
  );
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move(points.x2, points.y2, { steps: 12 });
  await page.mouse.up();
  await expect(page.getByTestId("selected-text")).toHaveText(phrase);
}

export function highlight(page: Page, text: string) {
  return page.locator(MARK_SELECTOR, { hasText: text });
}
