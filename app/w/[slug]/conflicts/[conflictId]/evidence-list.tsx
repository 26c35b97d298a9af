import type { EvidenceDto } from "@/lib/verdict-dtos/verdict-dto";
import { useTranslations } from "next-intl";
import { SourceMarkView } from "../../sources/_components/source-mark";
import type { SourceMark } from "@/lib/sources/find-source-marks";

/** Sources with their quoted passages; links open the source in a new tab without passing the referrer. */
export function EvidenceList({
  evidence,
  label,
  preserved,
}: {
  evidence: EvidenceDto[];
  label: string;
  preserved?: { slug: string; sources: Record<string, SourceMark> };
}) {
  const t = useTranslations("conflicts.evidence");
  return (
    <ul className="evidence-list" aria-label={label}>
      {evidence.map((e) => (
        <li key={e.id}>
          <a href={e.url} rel="noopener nofollow noreferrer" target="_blank">
            {e.title}
          </a>
          {e.isPrimary && <span className="badge"> {t("primary")}</span>}
          {e.accessedAt && (
            <span className="muted"> · {t("accessed", { date: e.accessedAt.toISOString().slice(0, 10) })}</span>
          )}
          {preserved && <SourceMarkView slug={preserved.slug} mark={preserved.sources[e.url]} title={e.title} />}
          {e.quote && <blockquote className="quote">{e.quote}</blockquote>}
        </li>
      ))}
    </ul>
  );
}
