import { describe, expect, it } from "vitest";
import { checkedFigureDifference } from "@/lib/articles/find-import-findings";
import type { FigureValue } from "@/lib/claims/agreement/describe-figure";

const figure = (valueLow: number, qualifier: FigureValue["qualifier"], metric: string | null): FigureValue => ({
  valueLow,
  valueHigh: valueLow,
  qualifier,
  unit: null,
  metric,
});

describe("checkedFigureDifference: what a sentence's figures say against a checked claim's", () => {
  const checked = [figure(12, "AT_LEAST", "killed")];

  it("another lower bound for the same count is a disagreement, not a repeat", () => {
    expect(checkedFigureDifference(checked, [figure(19, "AT_LEAST", "dead")])).toEqual({
      claimFigure: "at least 12 killed",
      passageFigure: "at least 19 dead",
    });
  });

  it("an exact count above the checked bound is another figure too", () => {
    expect(checkedFigureDifference(checked, [figure(19, "EXACT", "killed")])?.passageFigure).toBe("19 killed");
  });

  it("a contradiction is reported as figureDifferences reports it", () => {
    expect(checkedFigureDifference(checked, [figure(9, "EXACT", "killed")])).toMatchObject({
      claimFigure: "at least 12 killed",
      passageFigure: "9 killed",
    });
  });

  it("the checked figure stated again agrees, whatever other counts the sentence gives", () => {
    expect(checkedFigureDifference(checked, [figure(12, "AT_LEAST", "killed")])).toBeUndefined();
    expect(
      checkedFigureDifference(checked, [figure(19, "EXACT", "injured"), figure(12, "AT_LEAST", "killed")]),
    ).toBeUndefined();
  });

  it("an approximate figure on either side agrees with the counts it can be", () => {
    expect(
      checkedFigureDifference([figure(70, "ABOUT", "missiles")], [figure(68, "EXACT", "missiles")]),
    ).toBeUndefined();
    expect(
      checkedFigureDifference([figure(68, "EXACT", "missiles")], [figure(70, "ABOUT", "missiles")]),
    ).toBeUndefined();
  });

  it("counts of another metric, or figures without one, are not compared as counts", () => {
    expect(checkedFigureDifference(checked, [figure(19, "AT_LEAST", "injured")])).toBeUndefined();
    expect(checkedFigureDifference([figure(12, "AT_LEAST", null)], [figure(19, "AT_LEAST", null)])).toBeUndefined();
  });
});
