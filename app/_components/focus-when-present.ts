/**
 * Moves the focus to the element with this id once it is in the page — after
 * router.refresh() has brought the new content, or right away if it is there.
 * Elements that are not focusable themselves (a heading) get tabindex="-1".
 * Gives up after about two seconds, leaving the focus where it was; a
 * `fallbackId` is tried when the first element never shows up or is gone.
 */
export function focusWhenPresent(id: string, fallbackId?: string): void {
  let frames = 0;
  const attempt = () => {
    const el = document.getElementById(id) ?? (frames > 30 && fallbackId ? document.getElementById(fallbackId) : null);
    if (el) {
      if (el.tabIndex < 0 && !el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
      el.focus();
      return;
    }
    if (++frames < 120) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
