import type { PassageExtraction } from "@/lib/claims/extract/extract-passage";
import { formatCalendarDay } from "@/lib/time/format-time";

/** What a passage states, as found on the server: figures as chips, quotes with their speakers, the event day. */
export function ExtractionSummary({ extraction, label = "What this passage states" }: { extraction: PassageExtraction | null; label?: string }) {
  if (!extraction) return <p className="muted extraction">Linked before Factdesk read what passages state.</p>;
  const { figures, quotes, eventDate } = extraction;
  if (figures.length === 0 && quotes.length === 0 && !eventDate) return <p className="muted extraction">No figure, quote or date found in this passage.</p>;
  return (
    <dl className="extraction" aria-label={label}>
      {figures.length > 0 && (
        <>
          <dt>Figures</dt>
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
          <dt>Event date</dt>
          <dd>
            <time dateTime={eventDate}>{formatCalendarDay(new Date(`${eventDate}T00:00:00Z`))}</time>
          </dd>
        </>
      )}
    </dl>
  );
}

function QuoteFact({ text, speaker, partial }: { text: string; speaker: string | null; partial: boolean }) {
  return (
    <>
      <dt>Quote{partial ? " (part)" : ""}</dt>
      <dd>
        <q>{text}</q> <span className="muted">— {speaker ?? "speaker not named"}</span>
      </dd>
    </>
  );
}
