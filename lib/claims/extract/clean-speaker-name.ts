/**
 * A speaker's name as written, without what surrounds it in a run of
 * capitalized words: titles and the words before them ("Russian President
 * Vladimir Putin" → "Vladimir Putin", "Mr. Trump" → "Trump") and capitalized
 * words that open a sentence or name a day ("On Monday Zelensky" → "Zelensky").
 * Royal and church titles stay ("Pope Leo", "King Charles"): they are how such
 * speakers are named, and "King" is also a surname.
 * null when nothing that looks like a name is left ("President", "He").
 */
import { CALENDAR_WORDS } from "@/lib/claims/text-features";
const TITLES = new Set(
  (
    "president vice prime minister chancellor secretary senator sen rep representative congressman congresswoman governor gov mayor " +
    "general gen colonel col lieutenant lt sergeant sgt captain capt major admiral commander chief mr mrs ms miss dr prof professor " +
    "sir dame lord lady ambassador spokesperson spokesman spokeswoman deputy foreign defence defense " +
    "interior finance justice judge prosecutor director chairman chairwoman chair ceo leader speaker premier pastor rabbi imam sheikh " +
    "officer official head adviser advisor aide envoy commissioner inspector detective superintendent attorney patriarch metropolitan"
  ).split(" "),
);
const NOT_NAMES = new Set(
  (
    "the a an on in at but and or so then yesterday today tonight later earlier meanwhile asked when after before while also however " +
    "still now here there this that these those his her their our my its he she they we i it you"
  )
    .split(" ")
    .concat([...CALENDAR_WORDS]),
);
const MAX_NAME_WORDS = 5;

/** Pure: the name in a run of capitalized words, or null. */
export function cleanSpeakerName(run: string): string | null {
  let words = run.trim().split(/\s+/).filter(Boolean);
  const key = (word: string) => word.replace(/[.’']+$/u, "").toLowerCase();
  let lastTitle = -1;
  words.forEach((word, i) => {
    if (TITLES.has(key(word))) lastTitle = i;
  });
  words = words.slice(lastTitle + 1);
  while (words.length > 0 && NOT_NAMES.has(key(words[0]!))) words.shift();
  if (words.length === 0 || words.length > MAX_NAME_WORDS || !/^\p{Lu}/u.test(words[0]!)) return null;
  const name = words.join(" ");
  // "said Zelensky." ends the sentence; "Martin Luther King Jr." keeps its abbreviation.
  return /(?:^|\s)(?:Jr|Sr|\p{Lu})\.$/u.test(name) ? name : name.replace(/[.,;:’']+$/u, "");
}
