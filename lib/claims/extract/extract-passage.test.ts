import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFigures, extractPassage } from "./extract-passage";

// A Thursday.
const article = { publishedAt: new Date("2025-07-10T08:00:00Z") };
/** The extraction of `passage`, found inside `text`. */
const extract = (text: string, passage = text, publishedAt: Date | null = article.publishedAt) => {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`not in the text: ${passage}`);
  return extractPassage({ text, start, end: start + passage.length }, { publishedAt });
};

describe("extractPassage: figures", () => {
  it("gives figures with offsets inside the passage, read with the article around it", () => {
    const text = "Rain fell all week.\nAt least 12 people were killed in the flood, officials said.";
    const passage = "12 people were killed";
    const { figures } = extract(text, passage);
    expect(figures).toEqual([
      {
        text: "12",
        start: 0,
        end: 2,
        valueLow: 12,
        valueHigh: 12,
        qualifier: "AT_LEAST",
        qualifierText: "At least",
        unit: null,
        metric: "killed",
      },
    ]);
  });

  it("a passage with no figure or quote gives empty lists", () => {
    expect(extract("Nothing to report here.")).toEqual({ figures: [], quotes: [], eventDate: "2025-07-10" });
  });
});

describe("extractPassage: quotes", () => {
  const paragraph =
    "“We will not give up our land,” Zelensky said in Kyiv. “Not one village.” The talks resume on Friday.";

  it("reads each quote of the passage with its speaker; a quote without its own attribution continues the previous one", () => {
    expect(extract(paragraph).quotes).toEqual([
      { text: "We will not give up our land", speaker: "Zelensky", partial: false },
      { text: "Not one village.", speaker: "Zelensky", partial: false },
    ]);
  });

  it("a passage inside quotation marks holds (part of) the quote; the speaker comes from around it", () => {
    expect(extract(paragraph, "not give up").quotes).toEqual([
      { text: "not give up", speaker: "Zelensky", partial: true },
    ]);
    expect(extract(paragraph, "We will not give up our land").quotes).toEqual([
      { text: "We will not give up our land", speaker: "Zelensky", partial: false },
    ]);
  });

  it("a quote that starts inside the passage and ends after it is partial, cut at whole words", () => {
    const text = "Officials were blunt. Vos said: “The dam will hold for a week at most.”";
    expect(extract(text, "Vos said: “The dam will ho").quotes).toEqual([
      { text: "The dam will hold", speaker: "Vos", partial: true },
    ]);
  });

  it("reads speakers before the quote, with titles dropped", () => {
    const text =
      "Russian President Vladimir Putin said on Monday, “We are ready to talk.” Trump wrote that “the deal is done”.";
    expect(extract(text).quotes.map((q) => q.speaker)).toEqual(["Vladimir Putin", "Trump"]);
  });

  it("a pronoun gives no speaker, and is not continued from an earlier quote", () => {
    const text = "“Stay inside,” the mayor said. Later she added: “It is over.” “We rebuild now,” he said.";
    expect(extract(text).quotes.map((q) => q.speaker)).toEqual(["the mayor", null, null]);
  });

  it("does not reach into another paragraph for a speaker", () => {
    const text = "Zelensky spoke at noon.\n“We hold the line.”";
    expect(extract(text, "We hold the line.").quotes).toEqual([
      { text: "We hold the line.", speaker: null, partial: false },
    ]);
  });

  it("reads every quotation style", () => {
    const text = 'Vos said "one two", Berg said „three four“, Lind said «five six», Okafor said ‘seven eight’.';
    expect(extract(text).quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["one two", "Vos"],
      ["three four", "Berg"],
      ["five six", "Lind"],
      ["seven eight", "Okafor"],
    ]);
  });
});

describe("extractPassage: event date", () => {
  it("a day the passage names", () => {
    expect(extract("The dam broke on 4 July 2025, killing 3.").eventDate).toBe("2025-07-04");
    expect(extract("The dam broke on Monday, killing 3.").eventDate).toBe("2025-07-07");
  });

  it("else a day its sentence names", () => {
    expect(extract("On Monday, the dam broke and 3 people died.", "3 people died").eventDate).toBe("2025-07-07");
  });

  it("else the dateline, else the publication day", () => {
    const text = "RIVERTON, July 8 (Wire) — The dam broke.\nThree people died.";
    expect(extract(text, "Three people died.").eventDate).toBe("2025-07-08");
    expect(extract("The dam broke.\nThree people died.", "Three people died.").eventDate).toBe("2025-07-10");
    expect(extract("Three people died.", "Three people died.", null).eventDate).toBeNull();
  });

  it("a day after 'since' is not the event's", () => {
    expect(extract("The worst flood since 4 July 2019 struck.").eventDate).toBe("2025-07-10");
  });
});

describe("extractPassage: never throws", () => {
  it.each([
    ["empty", "", 0, 0],
    ["emoji", "👩‍👩‍👧 12 🎉 dead “😀 smile”", 0, 27],
    ["lone surrogates", "\uD800 12 dead \uDC00 “a\uD83D b”", 0, 20],
    ["offsets out of range", "12 dead", -5, 500],
    ["inverted offsets", "12 dead", 5, 2],
    ["NaN offsets", "12 dead", Number.NaN, Number.NaN],
  ])("%s", (_name, text, start, end) => {
    const result = extractPassage({ text, start, end }, { publishedAt: null });
    expect(result).toHaveProperty("figures");
  });

  it("an invalid publication date", () => {
    expect(
      extractPassage({ text: "On Monday 3 died.", start: 0, end: 17 }, { publishedAt: new Date("nonsense") }).eventDate,
    ).toBeNull();
  });

  it("100 KB of news-like text, quickly", () => {
    const sentence =
      "At least 12 people died and “we will rebuild,” Vos said on Monday, as 1,200 homes and about 70 drones were counted. ";
    const text = sentence.repeat(Math.ceil(100_000 / sentence.length));
    const started = performance.now();
    const result = extractPassage({ text, start: 0, end: text.length }, article);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.quotes.length).toBeGreaterThan(0);
  });

  it("100 KB of digits and marks", () => {
    const text = "1 “2 ‘3 '4 \"5 ".repeat(8000);
    const started = performance.now();
    extractPassage({ text, start: 0, end: text.length }, article);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe("extractPassage: properties", () => {
  const pieces = [
    "at least ",
    "12",
    " dead",
    ", ",
    "“",
    "”",
    "said",
    " Vos",
    ": ",
    '"',
    "‘",
    "’",
    "'",
    "1,2 million",
    " — ",
    "10-15",
    " on Monday",
    "\n",
    "dozens of",
    ".",
  ];
  const newsy = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(""));
  const anyText = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: "binary", maxLength: 100 }),
    fc.string({ unit: "binary-ascii", maxLength: 100 }),
    fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 100 }).map((units) => String.fromCharCode(...units)),
    newsy,
  );

  it("never throws; figures lie inside the passage and give back its text; quotes have words", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: -10, max: 250 }), fc.integer({ min: -10, max: 250 }), (text, a, b) => {
        // extractPassage clamps: start into the text, end between start and the text's end.
        const start = Math.min(Math.max(a, 0), text.length);
        const end = Math.min(Math.max(b, start), text.length);
        const passage = text.slice(start, end);
        const result = extractPassage({ text, start: a, end: b }, article);
        for (const figure of result.figures) {
          expect(figure.start).toBeGreaterThanOrEqual(0);
          expect(figure.end).toBeLessThanOrEqual(passage.length);
          expect(figure.start).toBeLessThan(figure.end);
          expect(passage.slice(figure.start, figure.end)).toBe(figure.text);
          expect(Number.isFinite(figure.valueLow) && figure.valueHigh >= figure.valueLow).toBe(true);
        }
        for (const quote of result.quotes) expect(quote.text).toMatch(/[\p{L}\p{N}]/u);
        expect(result.eventDate === null || /^\d{4}-\d{2}-\d{2}$/.test(result.eventDate)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("extractFigures", () => {
  it("gives extractPassage's figures, for any text and offsets", () => {
    const news = fc.constantFrom(
      "Rain fell all week.\nAt least 12 people were killed in the flood, officials said.",
      "“We counted 40 to 45 missiles,” the minister said on Monday, up from 30 the day before.",
    );
    fc.assert(
      fc.property(
        fc.oneof(news, fc.string({ maxLength: 200 })),
        fc.integer({ min: -10, max: 250 }),
        fc.integer({ min: -10, max: 250 }),
        (text, a, b) => {
          const span = { text, start: a, end: b };
          expect(extractFigures(span)).toEqual(extractPassage(span, article).figures);
        },
      ),
      { numRuns: 500 },
    );
  });
});
