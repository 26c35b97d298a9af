import type { EvidenceDto } from "@/lib/verdicts/verdict-dto";
import { useTranslations } from "next-intl";

/** Sources with their quoted passages; links open the source in a new tab without passing the referrer. */
export function EvidenceList({ evidence, label }: { evidence: EvidenceDto[]; label: string }) {
  const t = useTranslations("conflicts.evidence");
  return (
    <ul className="evidence-list" aria-label={label}>
      {evidence.map((e) => (
        <li key={e.id}>
          <a href={e.url} rel="noopener nofollow noreferrer" target="_blank">
            {e.title}
          </a>
          {e.isPrimary && <span className="badge"> {t("primary")}</span>}
          {e.accessedAt && <span className="muted"> · {t("accessed", { date: e.accessedAt.toISOString().slice(0, 10) })}</span>}
          {e.quote && <blockquote className="quote">{e.quote}</blockquote>}
        </li>
      ))}
    </ul>
  );
}
