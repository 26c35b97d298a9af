"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

/** The key as printed on the keyboard, and what it does (a message of `articles.shortcuts`). */
const SHORTCUTS = [
  ["/", "find"],
  ["n", "note"],
  ["c", "claim"],
  ["j", "next"],
  ["k", "previous"],
  ["Enter", "open"],
  ["Esc", "close"],
  ["?", "help"],
] as const;

/** The "?" dialog. A native modal <dialog>: focus is trapped and Esc closes it. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useTranslations("articles.shortcuts");
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !ref.current?.open) ref.current?.showModal();
    if (!open && ref.current?.open) ref.current.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t("title")}</h2>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([key, what]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{t(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted" style={{ marginTop: "0.75rem" }}>
        {t("mouseHint")}
      </p>
      <button className="button" type="button" onClick={onClose} autoFocus>
        {t("closeButton")}
      </button>
    </dialog>
  );
}
