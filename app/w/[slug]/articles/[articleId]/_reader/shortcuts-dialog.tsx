"use client";

import { useEffect, useRef } from "react";

const SHORTCUTS: [string, string][] = [
  ["/", "Find text in the article and select it (keyboard selection)"],
  ["n", "Annotate the selected text as a note"],
  ["c", "Annotate the selected text as a claim"],
  ["j", "Next annotation"],
  ["k", "Previous annotation"],
  ["Enter", "Open the focused annotation"],
  ["Esc", "Close the open panel or dialog"],
  ["?", "Show this list"],
];

/** The "?" dialog. A native modal <dialog>: focus is trapped and Esc closes it. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !ref.current?.open) ref.current?.showModal();
    if (!open && ref.current?.open) ref.current.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([key, what]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted" style={{ marginTop: "0.75rem" }}>
        You can also select text with the mouse, or with Shift + arrow keys after turning on caret browsing (F7).
      </p>
      <button className="button" type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
