import { splitParagraphs, splitSentences, type SentenceSpan } from "@/lib/claims/split-sentences";
import { similarity, textFeatures, type Similarity, type TextFeatures } from "@/lib/claims/text-features";
import { mayResemble, paragraphMayResemble, sentenceProbes } from "@/lib/claims/sentence-probes";

/** The least similarity a sentence needs to be suggested for a claim. */
export const MIN_SCORE = 0.45;

export interface ScoredSentence extends SentenceSpan, Similarity {}

/** What the sentences of many articles are compared with: the claim's features and their probes. */
export interface ClaimLook {
  features: TextFeatures;
  probes: ReturnType<typeof sentenceProbes>;
  extraGroups: readonly string[];
}

export function claimLook(text: string, extraGroups: readonly string[]): ClaimLook {
  const features = textFeatures(text, extraGroups);
  return { features, probes: sentenceProbes(features, extraGroups), extraGroups };
}

/**
 * Pure: the sentences of `text` at least MIN_SCORE similar to the claim, in
 * reading order, leaving out those `skip` says. Only sentences that may reach
 * MIN_SCORE (sentence-probes.ts: they share a word or a name with the claim,
 * and a figure when both have some) are analysed in full, and only paragraphs
 * that hold such a word are split into sentences, so the result is the same as
 * analysing all.
 */
export function similarSentences(
  text: string,
  look: ClaimLook,
  skip: (sentence: SentenceSpan) => boolean = () => false,
): ScoredSentence[] {
  const found: ScoredSentence[] = [];
  // a paragraph none of whose sentences may resemble the claim is not split (splitParagraphs: the same sentences)
  for (const paragraph of splitParagraphs(text)) {
    if (!paragraphMayResemble(paragraph.text, look.probes)) continue;
    for (const part of splitSentences(paragraph.text)) {
      const sentence = { start: paragraph.start + part.start, end: paragraph.start + part.end, text: part.text };
      if (!mayResemble(sentence.text, look.probes) || skip(sentence)) continue;
      const { score, reasons } = similarity(look.features, textFeatures(sentence.text, look.extraGroups));
      if (score >= MIN_SCORE) found.push({ ...sentence, score, reasons });
    }
  }
  return found;
}
