import { useTranslations } from "next-intl";
import type { SourceHealth } from "@/lib/sources/source-dto";

/** A source's health as a badge; the word carries the meaning, the class only colours it. */
export function HealthBadge({ health }: { health: SourceHealth }) {
  const t = useTranslations("sources.health");
  return <span className={`badge source-health-${health.toLowerCase()}`}>{t(health)}</span>;
}
