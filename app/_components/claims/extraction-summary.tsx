import { useLocale, useTranslations } from "next-intl";
import type { PassageExtraction } from "@/lib/claims/extract/extract-passage";
import { formatCalendarDay } from "@/lib/time/format-time";

/** What a passage states, as found on the server: figures as chips, quotes with their speakers, the event day. */
export function ExtractionSummary({ extraction, label }: { extraction: PassageExtraction | null; label?: string }) {
  const t = useTranslations("common.claims");
  const locale = useLocale();
  if (!extraction) return <p className="muted extraction">{t("linkedBeforeExtraction")}</p>;
  const { figures, quotes, eventDate } = extraction;
  if (figures.length === 0 && quotes.length === 0 && !eventDate)
    return <p className="muted extraction">{t("nothingFound")}</p>;
  return (
    <dl className="extraction" aria-label={label ?? t("whatPassageStates")}>
      {figures.length > 0 && (
        <>
          <dt>{t("figures")}</dt>
          <dd>
            <ul className="chips">
              {figures.map((f, i) => (
                <li key={i} className="chip">
                  {f.text}
                  {f.metric && <span className="chip-metric"> · {f.metric}</span>}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {quotes.map((q, i) => (
        <QuoteFact key={i} text={q.text} speaker={q.speaker} partial={q.partial} />
      ))}
      {eventDate && (
        <>
          <dt>{t("eventDate")}</dt>
          <dd>
            <time dateTime={eventDate}>{formatCalendarDay(new Date(`${eventDate}T00:00:00Z`), "day", locale)}</time>
          </dd>
        </>
      )}
    </dl>
  );
}

function QuoteFact({ text, speaker, partial }: { text: string; speaker: string | null; partial: boolean }) {
  const t = useTranslations("common.claims");
  return (
    <>
      <dt>{partial ? t("quotePart") : t("quote")}</dt>
      <dd>
        <q>{text}</q> <span className="muted">— {speaker ?? t("speakerNotNamed")}</span>
      </dd>
    </>
  );
}
