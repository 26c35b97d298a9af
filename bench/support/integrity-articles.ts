/**
 * News-like test articles written for the integrity benchmark (not taken from
 * any outlet), each sentence with the figures a fact-checker reads in it.
 *
 * Labelling rules:
 * - `at`: the number as written in the sentence (its first occurrence, or the
 *   `nth`), so the label is tied to a place, not only to a value;
 * - `value`: a number, or [low, high] for a range; "dozens of" is at least 24,
 *   "hundreds of" at least 200 (lib/claims/extract/find-indefinite-counts.ts);
 * - `qualifier`: how the sentence bounds it (EXACT when it does not);
 * - `metric`: what is counted, in the words of lib/claims/normalize-metric.ts
 *   (deaths → "killed", wounded → "injured", the counted plural noun with its
 *   subtype words otherwise); null when the sentence names no counted noun
 *   (money, a share in percent).
 * Where two readings are fair, the label lists both; traps (dates, times,
 * ages, years, street numbers, "3 min read") carry no label: reading them as a
 * figure is a false positive.
 */
import type { ValueQualifier } from "@/lib/generated/prisma/enums";

export interface ExpectedFigure {
  at: string;
  nth?: number;
  value: number | [number, number];
  qualifier: ValueQualifier | ValueQualifier[];
  metric: string | null | (string | null)[];
}

export interface LabelledSentence {
  text: string;
  figures: ExpectedFigure[];
}

export interface LabelledArticle {
  title: string;
  /** paragraphs of sentences: sentences joined by a space, paragraphs by a blank line */
  paragraphs: LabelledSentence[][];
}

const s = (text: string, ...figures: ExpectedFigure[]): LabelledSentence => ({ text, figures });
const f = (
  at: string,
  value: ExpectedFigure["value"],
  qualifier: ExpectedFigure["qualifier"],
  metric: ExpectedFigure["metric"],
  nth?: number,
): ExpectedFigure => ({ at, value, qualifier, metric, ...(nth ? { nth } : {}) });

export const INTEGRITY_ARTICLES: LabelledArticle[] = [
  {
    title: "Strike on Kyiv",
    paragraphs: [
      [
        s(
          "Russian strike on Kyiv kills at least 12, injures 90",
          f("12", 12, "AT_LEAST", "killed"),
          f("90", 90, "EXACT", "injured"),
        ),
      ],
      [s("By Olena Marchuk · 04/07/2025 · 3 min read")],
      [
        s(
          "KYIV — Russia launched about 70 missiles and 150 drones at the capital overnight, leaving at least 12 people dead and 90 injured, the city's military administration said on Friday.",
          f("70", 70, "ABOUT", "missiles"),
          f("150", 150, "ABOUT", "drones"),
          f("12", 12, "AT_LEAST", "killed"),
          f("90", 90, "AT_LEAST", "injured"),
        ),
        s("The air-raid alert sounded at 01:40 and was lifted at 10:30."),
      ],
      [
        s(
          "Among the dead were a 19-year-old student and his 72-year-old grandmother, who lived at 14 Saksahanskoho Street.",
        ),
      ],
      [
        s(
          "A dozen people were hurt by falling debris in the Darnytskyi district, and dozens of cars were set on fire.",
          f("A dozen", 12, ["EXACT", "ABOUT"], "injured"),
          f("dozens of", 24, "AT_LEAST", "cars"),
        ),
      ],
      [
        s(
          "More than 600 residents spent the night in metro stations, and emergency crews evacuated between 10 and 15 families from a damaged high-rise.",
          f("600", 600, "MORE_THAN", ["residents", "people"]),
          f("10", [10, 15], "EXACT", "families"),
        ),
      ],
      [
        s(
          "“We will not give up our land, and we will not forgive these attacks on Kyiv,” President Volodymyr Zelensky said in his evening address.",
        ),
      ],
      [
        s(
          "Some 1,2 million people were left without water in the morning, Mayor Vitali Klitschko said.",
          f("1,2 million", 1_200_000, "ABOUT", "people"),
        ),
      ],
      [
        s(
          "“The city has survived 2,000 air-raid alerts, and it will survive this one,” Klitschko wrote on Telegram.",
          f("2,000", 2000, "EXACT", ["air-raid alerts", "alerts"]),
        ),
      ],
    ],
  },
  {
    title: "Parliament passes the budget",
    paragraphs: [
      [s("Parliament backs 2026 budget with defence at 26% of GDP", f("26%", 26, "EXACT", null))],
      [
        s(
          "KYIV, 3 December — Lawmakers approved the budget by 258 votes to 14, with 9 abstentions.",
          f("258", 258, "EXACT", "votes"),
          f("14", 14, "EXACT", "votes"),
          f("9", 9, "EXACT", "abstentions"),
        ),
      ],
      [
        s(
          "Defence will receive 2,2 billion hryvnias more than last year, Finance Minister Serhiy Marchenko said.",
          f("2,2 billion", 2_200_000_000, "EXACT", null),
        ),
        s("“We will not cut a single hryvnia from the army,” Marchenko said."),
      ],
      [
        s(
          "Inflation slowed to 12.4 per cent in November, from 13.1 per cent in October.",
          f("12.4", 12.4, "EXACT", null),
          f("13.1", 13.1, "EXACT", null),
        ),
      ],
      [
        s(
          "Teachers' salaries will rise to an average of 21,500 hryvnias a month from January 1.",
          f("21,500", 21_500, "EXACT", null),
        ),
      ],
      [
        s(
          "Seven of the 24 regions will get new air-defence funding, and two new hospitals will open in Kharkiv.",
          f("Seven", 7, "EXACT", "regions"),
          f("24", 24, "EXACT", "regions"),
          f("two", 2, "EXACT", "hospitals"),
        ),
      ],
      [s("“This is a budget of survival, not of development,” Marchenko told lawmakers.")],
      [
        s(
          "The opposition said the plan leaves 1.5 million displaced people without housing support.",
          f("1.5 million", 1_500_000, "EXACT", ["displaced people", "people"]),
        ),
      ],
    ],
  },
  {
    title: "Floods in Zakarpattia",
    paragraphs: [
      [s("Floods force 3,400 from their homes in Zakarpattia", f("3,400", 3400, "EXACT", [null, "people"]))],
      [s("Updated 18:45")],
      [
        s(
          "Heavy rain raised the Uzh river by between 2 and 3 metres overnight, the highest level since 1998.",
          f("2", [2, 3], "EXACT", "metres"),
        ),
      ],
      [
        s(
          "Two people died: a 67-year-old man in Onokivtsi and a woman, 81, whose house at 27 Hrushevskoho Street was flooded.",
          f("Two", 2, "EXACT", "killed"),
        ),
      ],
      [
        s(
          "Rescuers evacuated more than 3,400 people from 26 villages, and about 40 roads remain closed.",
          f("3,400", 3400, "MORE_THAN", "people"),
          f("26", 26, "EXACT", "villages"),
          f("40", 40, "ABOUT", "roads"),
        ),
      ],
      [
        s(
          "The regional administration has set aside 15 million hryvnias for repairs; damage is estimated at 120-150 million.",
          f("15 million", 15_000_000, "EXACT", null),
          f("120", [120_000_000, 150_000_000], ["EXACT", "ABOUT"], null),
        ),
      ],
      [
        s(
          "“We have not seen water like this since 1998,” said Oksana Ivanchuk, 54, who runs a bakery on Korzo Street.",
        ),
      ],
      [
        s(
          "The evacuation centre at School No. 5 on Kapushanska Street will stay open until 8 p.m. on Sunday, the mayor said.",
        ),
      ],
      [s("Forecasters expect up to 80 millimetres of rain by Tuesday.", f("80", 80, "UP_TO", "millimetres"))],
    ],
  },
  {
    title: "Power cuts in Odesa",
    paragraphs: [
      [
        s(
          "Tens of thousands of households in Odesa were left without power on Sunday after Russia attacked the city with 48 drones, the regional governor said.",
          f("Tens of thousands of", 20_000, "AT_LEAST", "households"),
          f("48", 48, "EXACT", "drones"),
        ),
      ],
      [
        s(
          "Air defence shot down 41 drones, but at least seven hit energy facilities in the port area.",
          f("41", 41, "EXACT", "drones"),
          f("seven", 7, "AT_LEAST", ["drones", null]),
        ),
      ],
      [
        s(
          "Hundreds of people queued for water at 12 distribution points, and a 9-year-old girl was treated for smoke inhalation.",
          f("Hundreds of", 200, "AT_LEAST", "people"),
          f("12", 12, "EXACT", ["distribution points", "points"]),
        ),
      ],
      [
        s(
          "“Odesa will not be broken. Nearly 300 workers are already repairing the lines,” Governor Oleh Kiper said.",
          f("300", 300, "ABOUT", "workers"),
        ),
      ],
      [
        s(
          "Power was restored to 60% of the affected homes by Monday evening, the grid operator said.",
          f("60%", 60, "EXACT", [null, "homes"]),
        ),
      ],
    ],
  },
];

/** The article's text and each sentence's offset in it. */
export function articleText(article: LabelledArticle): {
  text: string;
  sentences: { sentence: LabelledSentence; start: number }[];
} {
  let text = "";
  const sentences: { sentence: LabelledSentence; start: number }[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += "\n\n";
    paragraph.forEach((sentence, i) => {
      if (i > 0) text += " ";
      sentences.push({ sentence, start: text.length });
      text += sentence.text;
    });
  });
  return { text, sentences };
}
