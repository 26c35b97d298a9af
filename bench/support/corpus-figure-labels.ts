/**
 * The figures of the shared corpus (/work/shared/corpus/*.txt), labelled by
 * hand for the integrity benchmark. Only numbers, metric words and character
 * offsets are kept here: the corpus text is read at run time, never copied.
 *
 * `offset`: UTF-16 offset of the number in the file; `number`: how it is
 * written there (checked at run time, so an edited corpus file is reported
 * instead of being scored against stale labels). Qualifier and metric follow
 * the rules of integrity-articles.ts; numbers left out are not figures (dates,
 * years, reading times, "the two" naming people already mentioned, "one" as a
 * pronoun or in a turn of phrase), so reading them as figures is a false
 * positive. Durations that state a fact (how long an event lasted, how many
 * days ago something was agreed) are figures.
 */
import type { ExpectedFigure } from "./integrity-articles";

export interface CorpusFigureLabel extends Omit<ExpectedFigure, "at" | "nth"> {
  offset: number;
  number: string;
}

const label = (
  offset: number,
  number: string,
  value: number,
  qualifier: ExpectedFigure["qualifier"],
  metric: ExpectedFigure["metric"],
): CorpusFigureLabel => ({ offset, number, value, qualifier, metric });

export const CORPUS_FIGURE_LABELS: Record<string, CorpusFigureLabel[]> = {
  "001_6dbefaef99d50c60.txt": [
    label(381, "5000", 5000, "EXACT", ["killed", "soldiers"]),
    label(601, "12", 12, "AT_LEAST", "killed"),
    label(613, "90", 90, "AT_LEAST", "injured"),
    label(3782, "four", 4, "EXACT", ["meetings", null]),
    label(4181, "2%", 2, "AT_LEAST", null),
  ],
  "002_06cc8d73250a239f.txt": [
    label(1565, "one", 1, "EXACT", "killed"),
    label(1587, "26", 26, "AT_LEAST", "injured"),
    label(1669, "seven", 7, "MORE_THAN", "hours"),
    label(1829, "11", 11, "EXACT", "missiles"),
    label(1845, "539", 539, "EXACT", "drones"),
    label(3132, "nine", 9, "EXACT", "months"),
    label(5070, "74%", 74, "EXACT", null),
    label(5182, "80%", 80, "EXACT", null),
    label(5225, "68%", 68, "EXACT", null),
  ],
  "003_ca495652342b1cad.txt": [
    label(318, "12", 12, "AT_LEAST", "killed"),
    label(340, "90", 90, "EXACT", "injured"),
    label(575, "5000", 5000, "EXACT", ["killed", "soldiers"]),
    label(2232, "44", 44, "EXACT", "days"),
    label(3521, "2%", 2, "EXACT", null),
    label(3558, "22", 22, "EXACT", ["member states", "states"]),
    label(3619, "2%", 2, "EXACT", null),
  ],
};
