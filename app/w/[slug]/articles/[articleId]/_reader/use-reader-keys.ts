"use client";

import { useEffect } from "react";
import { MARK_SELECTOR } from "@/lib/reader/highlight-dom";

export interface ReaderKeyHandlers {
  next(): void;
  previous(): void;
  open(): void;
  close(): void;
  annotate(kind: "NOTE" | "CLAIM"): void;
  find(): void;
  help(): void;
}

/** Keys that belong to controls the user is typing in are never taken over. */
function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName));
}

/**
 * The reader's keyboard shortcuts (listed in the "?" dialog):
 * j / k next / previous annotation, Enter open it, Esc close,
 * n / c annotate the selection as a note / claim, / find text to select, ? help.
 */
export function useReaderKeys(handlers: ReaderKeyHandlers): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === "Escape") return handlers.close();
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const action: Record<string, () => void> = {
        j: handlers.next,
        k: handlers.previous,
        n: () => handlers.annotate("NOTE"),
        c: () => handlers.annotate("CLAIM"),
        "/": handlers.find,
        "?": handlers.help,
      };
      if (event.key === "Enter" && (event.target as HTMLElement | null)?.closest?.(`${MARK_SELECTOR}, .article-text`)) {
        event.preventDefault();
        return handlers.open();
      }
      const run = action[event.key];
      if (run) {
        event.preventDefault();
        run();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [handlers]);
}
