/**
 * Moves the focus to the element with this id once it is in the page and can
 * take it — after a server action's answer has redrawn the page with the new
 * content (its revalidatePath), or after a button is enabled again — or right
 * away if it can. Elements that are not
 * focusable themselves (a heading) get tabindex="-1". After half a second
 * without success, `fallbackId` is tried too; after about two seconds it
 * gives up, leaving the focus where it is.
 */
export function focusWhenPresent(id: string, fallbackId?: string): void {
  let frames = 0;
  const tryFocus = (el: HTMLElement | null) => {
    if (!el) return false;
    if (el.tabIndex < 0 && !el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
    el.focus();
    return document.activeElement === el;
  };
  const attempt = () => {
    if (tryFocus(document.getElementById(id))) return;
    if (frames > 30 && fallbackId && tryFocus(document.getElementById(fallbackId))) return;
    if (++frames < 120) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
