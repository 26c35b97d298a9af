/**
 * The repeated-claim check of an import (findImportFindings) on the suggestion
 * world (suggestion-world.ts), its claims checked: every article but the
 * source is checked against them, and each finding against the labels. A
 * repeat is right on a sentence labelled "same" for its claim; a disagreement
 * on one labelled altered for it ("other figure", or an "altered quote" that
 * changes its figure too: a disagreement needs another figure). Every other
 * finding (an altered quote as a repeat, anything in the filler) is wrong.
 */
import type { Actor } from "@/lib/policy/actor";
import { percent } from "./altered-quotes";
import type { ClaimKey, LabelledRestatement } from "./integrity-suggestion-articles";

export interface FindingsScore {
  repeats: number;
  /** right repeats / repeats */
  repeatPrecision: number;
  /** sentences labelled "same" found as a repeat of their claim / those labelled so */
  repeatRecall: number;
  labelledSame: number;
  disagreements: number;
  /** sentences labelled "other figure" found disagreeing with their claim / those labelled so */
  disagreementRecall: number;
  labelledOtherFigures: number;
  /** findings on a sentence not labelled so for that claim */
  wrong: { kind: "repeat" | "disagreement"; claim: ClaimKey; sentence: string }[];
  missed: { label: "same" | "other figure"; claim: ClaimKey; sentence: string }[];
}

export interface FindingsWorld {
  editor: Actor;
  sourceArticleId: string;
  placed: { articleId: string; start: number; end: number; label: LabelledRestatement }[];
  texts: { articleId: string; text: string }[];
  claims: { claim: { key: ClaimKey }; id: string }[];
}

export async function scoreImportFindings(world: FindingsWorld): Promise<FindingsScore> {
  const { findImportFindings } = await import("@/lib/articles/find-import-findings");
  const keyOf = new Map(world.claims.map((c) => [c.id, c.claim.key]));
  const found: {
    kind: "repeat" | "disagreement";
    claim: ClaimKey;
    articleId: string;
    start: number;
    end: number;
    sentence: string;
  }[] = [];
  for (const { articleId } of world.texts) {
    if (articleId === world.sourceArticleId) continue;
    const findings = await findImportFindings(world.editor, articleId);
    for (const [kind, list] of [
      ["repeat", findings.repeats],
      ["disagreement", findings.disagreements],
    ] as const)
      for (const f of list) found.push({ kind, claim: keyOf.get(f.claimId)!, articleId, ...f });
  }
  const labelAt = (f: (typeof found)[number]) =>
    world.placed.find(
      (p) => p.articleId === f.articleId && p.start < f.end && p.end > f.start && p.label.claim === f.claim,
    )?.label.label;
  const rightLabels = { repeat: ["same"], disagreement: ["other figure", "altered quote"] };
  const right = found.filter((f) => rightLabels[f.kind].includes(labelAt(f) ?? ""));
  const labelled = (label: "same" | "other figure") => world.placed.filter((p) => p.label.label === label);
  const hit = (kind: "repeat" | "disagreement", p: FindingsWorld["placed"][number]) =>
    right.some(
      (f) =>
        f.kind === kind &&
        f.claim === p.label.claim &&
        f.articleId === p.articleId &&
        f.start < p.end &&
        f.end > p.start,
    );
  const sameFound = labelled("same").filter((p) => hit("repeat", p));
  const otherFound = labelled("other figure").filter((p) => hit("disagreement", p));
  const repeats = found.filter((f) => f.kind === "repeat");
  return {
    repeats: repeats.length,
    repeatPrecision: percent(right.filter((f) => f.kind === "repeat").length, repeats.length),
    repeatRecall: percent(sameFound.length, labelled("same").length),
    labelledSame: labelled("same").length,
    disagreements: found.length - repeats.length,
    disagreementRecall: percent(otherFound.length, labelled("other figure").length),
    labelledOtherFigures: labelled("other figure").length,
    wrong: found.filter((f) => !right.includes(f)).map(({ kind, claim, sentence }) => ({ kind, claim, sentence })),
    missed: [
      ...labelled("same")
        .filter((p) => !sameFound.includes(p))
        .map((p) => ({ label: "same" as const, claim: p.label.claim!, sentence: p.label.text })),
      ...labelled("other figure")
        .filter((p) => !otherFound.includes(p))
        .map((p) => ({ label: "other figure" as const, claim: p.label.claim!, sentence: p.label.text })),
    ],
  };
}
