import type { RatingTone } from "@/lib/verdict-dtos/rating-tone";

/**
 * A rating as the whole app shows it: its text, always, on the colour of its
 * place on the truth scale (app/globals.css, .rating-badge). The one home for
 * how a rating looks.
 */
export function RatingBadge({ label, tone }: { label: string; tone: RatingTone }) {
  return <span className={`rating-badge tone-${tone}`}>{label}</span>;
}
