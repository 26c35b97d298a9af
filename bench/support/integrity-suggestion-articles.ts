/**
 * The "same claim" suggestion world of the integrity benchmark, written for
 * it: claims made from figures and quotes of a wire report (SOURCE), another
 * outlet's report restating them truly (RESTATED), and a channel's posts that
 * restate them altered (ALTERED) — a quote with other words, another figure,
 * another qualifier or metric. Every sentence of the two later articles is
 * labelled with the claim it restates and how; the others restate none.
 */
export type ClaimKey = "killed" | "missiles" | "shelter" | "zelensky" | "klitschko";
export type RestatementLabel = "same" | "altered quote" | "other figure";

export interface SourceClaim {
  key: ClaimKey;
  /** the annotated words in SOURCE (the claim's first appearance) */
  span: string;
  statement: string;
  /** typed for quotes: a claim without a claimant is not a direct quote */
  claimant: string | null;
}

export interface LabelledRestatement {
  text: string;
  claim?: ClaimKey;
  label?: RestatementLabel;
}

const ZELENSKY = "We will not give up our land, and we will not forgive these attacks on Kyiv";
const KLITSCHKO = "The city has survived 2,000 air-raid alerts, and it will survive this one";

export const SOURCE = {
  title: "Russia strikes Kyiv overnight",
  text: [
    "Russia strikes Kyiv overnight",
    "Russia launched about 70 missiles at Kyiv overnight, and at least 12 people were killed, the city's military administration said on Friday.",
    "More than 600 residents of Kyiv spent the night in metro stations.",
    `“${ZELENSKY},” President Volodymyr Zelensky said in his evening address.`,
    `“${KLITSCHKO},” Mayor Vitali Klitschko wrote on Telegram.`,
    "Trains to Lviv ran on schedule, the railway said.",
  ].join("\n\n"),
};

export const SOURCE_CLAIMS: SourceClaim[] = [
  {
    key: "killed",
    span: "at least 12 people were killed",
    statement: "At least 12 people were killed in the overnight strike on Kyiv",
    claimant: null,
  },
  {
    key: "missiles",
    span: "about 70 missiles",
    statement: "Russia launched about 70 missiles at Kyiv overnight",
    claimant: null,
  },
  {
    key: "shelter",
    span: "More than 600 residents",
    statement: "More than 600 residents of Kyiv spent the night in metro stations",
    claimant: null,
  },
  { key: "zelensky", span: ZELENSKY, statement: `Zelensky: “${ZELENSKY}.”`, claimant: "Volodymyr Zelensky" },
  { key: "klitschko", span: KLITSCHKO, statement: `Klitschko: “${KLITSCHKO}.”`, claimant: "Vitali Klitschko" },
];

const r = (text: string, claim?: ClaimKey, label?: RestatementLabel): LabelledRestatement => ({
  text,
  ...(claim ? { claim, label } : {}),
});

export const RESTATED = {
  title: "Kyiv counts the cost of the night",
  sentences: [
    r("Kyiv counts the cost of the night"),
    r(
      "The overnight attack on Kyiv killed at least 12 people, the city's military administration said.",
      "killed",
      "same",
    ),
    r("A dozen people were killed in the overnight strike on Kyiv, officials said.", "killed", "same"),
    r("Russia fired about 70 missiles at Kyiv overnight, Ukraine's air force said.", "missiles", "same"),
    r("More than 600 residents of Kyiv sheltered in metro stations during the attack.", "shelter", "same"),
    r(`“${ZELENSKY},” Zelensky told the nation.`, "zelensky", "same"),
    r(`“${ZELENSKY.replace("Kyiv", "Kiev")},” the Ukrainian president said in a video.`, "zelensky", "same"),
    r("Zelensky vowed that Ukraine would “not forgive these attacks on Kyiv”.", "zelensky", "same"),
    r(`“${KLITSCHKO},” Klitschko wrote.`, "klitschko", "same"),
    r(`"${KLITSCHKO}," the mayor wrote on Friday morning.`, "klitschko", "same"),
    r("Power was restored to most districts by noon."),
    r("Schools in Kyiv switched to online lessons for the day."),
  ],
};

export const ALTERED = {
  title: "What the channel posted",
  sentences: [
    r("What the channel posted"),
    r("Nine people were killed in the overnight strike on Kyiv, the channel claimed.", "killed", "other figure"),
    r("At least 19 people were killed in the overnight strike on Kyiv, the channel said.", "killed", "other figure"),
    r(
      "Fewer than 12 people were killed in the overnight strike on Kyiv, a Russian official claimed.",
      "killed",
      "other figure",
    ),
    r("At least 12 people were injured in the overnight strike on Kyiv, the channel wrote.", "killed", "other figure"),
    r("Russia fired about 70 drones at Kyiv overnight, the channel said.", "missiles", "other figure"),
    r("Russia fired 40 missiles at Kyiv overnight, the channel said.", "missiles", "other figure"),
    r(
      "About 200 residents of Kyiv sheltered in metro stations during the attack, the channel wrote.",
      "shelter",
      "other figure",
    ),
    r(
      "“We will never give up our land, and we will never forgive these attacks on Kyiv,” Zelensky said.",
      "zelensky",
      "altered quote",
    ),
    r(
      "Zelensky said: “We will not surrender our land, and we will not forgive these attacks on Kyiv.”",
      "zelensky",
      "altered quote",
    ),
    r("“We will give up no land and forgive no attacks on Kyiv,” Zelensky declared.", "zelensky", "altered quote"),
    r(
      "“We will not give up our land, but we will forgive these attacks on Kyiv,” the channel quoted Zelensky as saying.",
      "zelensky",
      "altered quote",
    ),
    r(
      "“The city has survived 3,000 air-raid alerts, and it will survive this one,” Klitschko wrote.",
      "klitschko",
      "altered quote",
    ),
    r(
      "“The city has survived air-raid alerts, and it will survive this one,” Klitschko wrote.",
      "klitschko",
      "altered quote",
    ),
    r(
      "“The city has survived 2,000 air-raid alerts, and it will not survive this one,” a post attributed to Klitschko read.",
      "klitschko",
      "altered quote",
    ),
    r("The channel did not say where its figures came from."),
  ],
};
