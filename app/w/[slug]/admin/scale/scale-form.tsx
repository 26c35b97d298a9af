"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { RatingScaleLevelDto } from "@/lib/workspaces/get-rating-scale";
import { updateRatingScaleAction } from "../actions";
import { CorrectionNoteField } from "@/app/_components/correction-note-field";
import { useActionCall } from "@/app/_components/use-action-call";

type Row = { key?: string; label: string; ordinal: string; archived: boolean };

/** Edit the rating scale: labels, order, place on the truth scale, archive; add levels. */
export function ScaleForm({ slug, levels }: { slug: string; levels: RatingScaleLevelDto[] }) {
  const t = useTranslations("admin.scaleForm");
  const [rows, setRows] = useState<Row[]>(
    levels.map((l) => ({
      key: l.key,
      label: l.label,
      ordinal: l.ordinal === null ? "" : String(l.ordinal),
      archived: l.archived,
    })),
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // asked for by the server when a relabelled or archived level is the rating of a published fact-check
  const [noteErrors, setNoteErrors] = useState<string[] | null>(null);
  const [note, setNote] = useState("");
  const [pending, call] = useActionCall();
  const set = (i: number, patch: Partial<Row>) =>
    setRows((r) => r.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const move = (i: number, by: number) =>
    setRows((r) => {
      const next = [...r];
      const [row] = next.splice(i, 1);
      next.splice(i + by, 0, row!);
      return next;
    });

  function save() {
    const levelsInput = rows.map((r) => ({
      ...(r.key ? { key: r.key } : {}),
      label: r.label,
      ordinal: r.ordinal === "" ? null : Number(r.ordinal),
      archived: r.archived,
    }));
    call(
      () => updateRatingScaleAction(slug, { levels: levelsInput, ...(noteErrors ? { correctionNote: note } : {}) }),
      (result) => {
        if (!result.ok && result.fieldErrors.correctionNote) setNoteErrors(result.fieldErrors.correctionNote);
        // the note's own message shows under its field
        const otherErrors = result.ok
          ? []
          : Object.entries(result.fieldErrors).flatMap(([key, messages]) => (key === "correctionNote" ? [] : messages));
        setMessage(
          result.ok
            ? { ok: true, text: result.message ?? t("saved") }
            : { ok: false, text: [result.error, ...otherErrors].join(" ") },
        );
        if (result.ok) {
          setNoteErrors(null);
          setNote("");
        }
      },
    );
  }

  return (
    <div>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={`alert ${message.ok ? "success" : "error"}`}>
          {message.text}
        </p>
      )}
      <table className="data" aria-label={t("tableLabel")}>
        <thead>
          <tr>
            <th scope="col">{t("label")}</th>
            <th scope="col">{t("truthScale")}</th>
            <th scope="col">{t("archived")}</th>
            <th scope="col">{t("order")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key ?? `new-${i}`}>
              <td>
                <label className="visually-hidden" htmlFor={`label-${i}`}>
                  {t("labelOf", { number: i + 1 })}
                </label>
                <input
                  id={`label-${i}`}
                  type="text"
                  value={row.label}
                  onChange={(e) => set(i, { label: e.target.value })}
                />
              </td>
              <td>
                <label className="visually-hidden" htmlFor={`ordinal-${i}`}>
                  {t("placeOf", { label: row.label })}
                </label>
                <input
                  id={`ordinal-${i}`}
                  type="text"
                  inputMode="numeric"
                  size={4}
                  value={row.ordinal}
                  onChange={(e) => set(i, { ordinal: e.target.value.replace(/\D/g, "") })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t("archive", { label: row.label })}
                  checked={row.archived}
                  onChange={(e) => set(i, { archived: e.target.checked })}
                />
              </td>
              <td className="row-actions" style={{ marginTop: 0 }}>
                <button
                  className="button small secondary"
                  type="button"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                  aria-label={t("moveUp", { label: row.label })}
                >
                  ↑
                </button>
                <button
                  className="button small secondary"
                  type="button"
                  disabled={i === rows.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={t("moveDown", { label: row.label })}
                >
                  ↓
                </button>
                {!row.key && (
                  <button
                    className="button small danger"
                    type="button"
                    onClick={() => setRows((r) => r.filter((_, j) => j !== i))}
                  >
                    {t("remove")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {noteErrors && (
        <CorrectionNoteField
          id="scale-correction-note"
          value={note}
          onChange={setNote}
          errors={noteErrors}
          hint={t("noteHint")}
        />
      )}
      <div className="row-actions" style={{ marginTop: "1rem" }}>
        <button
          className="button secondary"
          type="button"
          onClick={() => setRows((r) => [...r, { label: "", ordinal: "", archived: false }])}
        >
          {t("addLevel")}
        </button>
        <button className="button" type="button" disabled={pending} onClick={save}>
          {t("save")}
        </button>
      </div>
    </div>
  );
}
