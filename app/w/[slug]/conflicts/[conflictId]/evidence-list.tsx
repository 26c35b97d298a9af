import type { EvidenceDto } from "@/lib/verdicts/verdict-dto";

/** Sources with their quoted passages; links open the source in a new tab without passing the referrer. */
export function EvidenceList({ evidence, label }: { evidence: EvidenceDto[]; label: string }) {
  return (
    <ul className="evidence-list" aria-label={label}>
      {evidence.map((e) => (
        <li key={e.id}>
          <a href={e.url} rel="noopener nofollow noreferrer" target="_blank">
            {e.title}
          </a>
          {e.isPrimary && <span className="badge"> primary</span>}
          {e.accessedAt && <span className="muted"> · accessed {e.accessedAt.toISOString().slice(0, 10)}</span>}
          {e.quote && <blockquote className="quote">{e.quote}</blockquote>}
        </li>
      ))}
    </ul>
  );
}
