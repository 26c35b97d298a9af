import { afterEach, describe, expect, it, vi } from "vitest";
import { settle, UNREACHABLE_MESSAGE } from "@/app/_components/settle-action";
import { LONE_SURROGATE_MESSAGE, TOO_DEEP_MESSAGE } from "@/lib/http/input-guards";
import { serverTextKey, translateServerText } from "@/lib/i18n/server-text";
import { scanServerTexts } from "./server-texts";

/**
 * Places where lib/ hands on a text the scan cannot follow, each looked at
 * once: why it needs nothing more here, or which texts it carries.
 */
const FOLLOWED_BY_HAND: Record<string, string[]> = {
  // findInputProblem's texts
  "lib/http/action-result.ts problem.message": [LONE_SURROGATE_MESSAGE, TOO_DEEP_MESSAGE],
  // the extraction thread's own DomainErrors, scanned where the thread throws them
  "lib/text-import/extract-in-worker.ts answer.message": [],
  "lib/text-import/extract-in-worker.ts answer.fieldErrors": [],
  // the messages handed to mapUniqueViolation, scanned at its callers
  'lib/db/errors.ts Object.values(messages)[0] ?? "This already exists."': ["This already exists."],
  // lists of details computed from the data (offsets, differences, missing ClaimReview fields, file problems): English for now
  "lib/annotations/assert-span.ts problems": [],
  "lib/claims/appearances/insert-appearance.ts described": [],
  "lib/exports/claim-review.ts problems": [],
  "lib/reports/import-web-annotations.ts problems.slice(0, 50)": [],
  "lib/reports/content/spool-claim-reviews.ts problems.slice(0, MAX_CLAIMREVIEW_PROBLEMS)": [],
  "lib/verdicts/acknowledge-appearance-warnings.ts warnings.map((w) => `${w.articleTitle}: ${w.summary}`)": [],
  "lib/claims/update-name-variants.ts problems.slice(0, 10)": [],
};

// one scan of lib/ (a TypeScript program of ~400 files) for every check below
const scanned = scanServerTexts();

/** A text as it could be shown: each computed part filled in. */
const instance = (pattern: string) => pattern.replaceAll("{}", "7");

describe("lib/'s texts for people are in the server catalogue", () => {
  it("every error, validation and action message, with the place it comes from when missing", () => {
    const missing = [...scanned.messages]
      .filter((text) => serverTextKey(instance(text)) === undefined)
      .map((text) => `${text}  (${scanned.origins.get(text)})`);
    expect(missing).toEqual([]);
  });

  it('every thing NotFoundError names, as a text of its own (it fills "{what} not found.")', () => {
    const missing = [...scanned.nouns].filter(
      (noun) => serverTextKey(noun) === undefined || serverTextKey(`${noun} not found.`) === undefined,
    );
    expect(missing).toEqual([]);
  });

  it("the texts the scan cannot follow are exactly the known ones, and theirs are catalogued too", () => {
    expect([...scanned.unresolved].sort()).toEqual(Object.keys(FOLLOWED_BY_HAND).sort());
    const missing = Object.values(FOLLOWED_BY_HAND)
      .flat()
      .filter((text) => serverTextKey(text) === undefined);
    expect(missing).toEqual([]);
  });

  it("the browser's own fallback, when the server cannot be reached, is catalogued too", () => {
    expect(serverTextKey(UNREACHABLE_MESSAGE)).toBe("factdeskCouldNotBeReachedSo");
  });

  it("every catalogued text reads differently in Ukrainian, except names that stay as they are", () => {
    const same = [...scanned.messages]
      .map(instance)
      .filter((text) => serverTextKey(text) && translateServerText(text, "uk") === text);
    expect(same).toEqual([]);
  });
});

describe("settle, when the server cannot be reached", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("answers in the page's language (<html lang>), English when it has none", async () => {
    const unreachable = () => settle(Promise.reject(new TypeError("Failed to fetch")));
    expect(await unreachable()).toEqual({ ok: false, status: 0, error: UNREACHABLE_MESSAGE, fieldErrors: {} });
    vi.stubGlobal("document", { documentElement: { lang: "uk" } });
    expect(await unreachable()).toMatchObject({ error: translateServerText(UNREACHABLE_MESSAGE, "uk") });
    expect(await unreachable()).toMatchObject({ error: expect.stringMatching(/^Не вдалося зв’язатися з Factdesk/) });
  });
});
