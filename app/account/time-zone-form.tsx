"use client";

import { useActionState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/app/_components/field";
import { FormOutcome } from "@/app/_components/form-outcome";
import { useTimeZone } from "@/app/_components/time/time-zone-context";
import { describeTimeZone } from "@/lib/time/format-time";
import type { TimeZoneGroup } from "@/lib/time/time-zone-options";
import { updateTimeZoneAction } from "./actions";

const noSubscription = () => () => {};
const readBrowserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The zone every time in the app is shown in: a list grouped by region, each
 * zone with its current offset; "Automatic" (saved as no choice) follows the
 * browser. `saved`: the person's choice, null when they have not made one.
 */
export function TimeZoneForm({ saved, groups }: { saved: string | null; groups: TimeZoneGroup[] }) {
  const t = useTranslations("account.timeZone");
  const [state, action, pending] = useActionState(updateTimeZoneAction, null);
  const shown = useTimeZone();
  // known only in the browser: the server renders without it (no hydration mismatch)
  const browserZone = useSyncExternalStore(noSubscription, readBrowserZone, () => null);
  const errors = state && !state.ok ? state.fieldErrors.timeZone : undefined;
  return (
    <div>
      <h2 id="time-zone-heading">{t("heading")}</h2>
      <p id="timeZone-hint">
        {t.rich(saved ? "shownInChosen" : browserZone === shown ? "shownInBrowser" : "shownIn", {
          zone: describeTimeZone(shown),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <FormOutcome state={state} />
      {/* keyed by the saved zone: after "Use my browser's time zone" the list shows the new choice */}
      <form key={saved ?? ""} action={action} aria-labelledby="time-zone-heading">
        <Field id="timeZone" label={t("label")} errors={errors}>
          <select
            id="timeZone"
            name="timeZone"
            defaultValue={saved ?? ""}
            aria-describedby={errors ? "timeZone-hint timeZone-error" : "timeZone-hint"}
            aria-invalid={errors ? true : undefined}
          >
            <option value="">{t("automatic")}</option>
            {groups.map((group) => (
              <optgroup key={group.region} label={group.region}>
                {group.zones.map((zone) => (
                  <option key={zone.id} value={zone.id}>
                    {zone.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <button className="button" type="submit" disabled={pending}>
          {t("save")}
        </button>
      </form>
      {browserZone && browserZone !== saved && (
        <form action={action} style={{ marginTop: "0.75rem" }}>
          <input type="hidden" name="timeZone" value={browserZone} />
          <button className="button secondary" type="submit" disabled={pending}>
            {t("useBrowser", { zone: browserZone })}
          </button>
        </form>
      )}
    </div>
  );
}
