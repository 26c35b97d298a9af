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
  /** the similar sentences of each paragraph text seen so far, offsets within it (see similarSentences) */
  paragraphs: Map<string, ScoredSentence[]>;
}

/** A look is made per request: it remembers the paragraphs it compared (the texts of one request's candidates). */
export function claimLook(text: string, extraGroups: readonly string[]): ClaimLook {
  const features = textFeatures(text, extraGroups);
  return { features, probes: sentenceProbes(features, extraGroups), extraGroups, paragraphs: new Map() };
}

/**
 * The sentences of `text` at least MIN_SCORE similar to the claim, in reading
 * order, leaving out those `skip` says. Only sentences that may reach
 * MIN_SCORE (sentence-probes.ts: they share a word or a name with the claim,
 * and a figure when both have some) are analysed in full, and only paragraphs
 * that hold such a word are split into sentences, so the result is the same as
 * analysing all. A paragraph's result depends on its text alone, so `look`
 * keeps it: the articles of one story repeat whole paragraphs (wire copy,
 * versions, follow-ups), and at the scale bench's 100× only 37% of the
 * paragraphs of a claim's 40 candidates were distinct.
 */
export function similarSentences(
  text: string,
  look: ClaimLook,
  skip: (sentence: SentenceSpan) => boolean = () => false,
): ScoredSentence[] {
  const found: ScoredSentence[] = [];
  for (const paragraph of splitParagraphs(text)) {
    let similar = look.paragraphs.get(paragraph.text);
    if (!similar) look.paragraphs.set(paragraph.text, (similar = similarInParagraph(paragraph.text, look)));
    for (const part of similar) {
      const sentence = { ...part, start: paragraph.start + part.start, end: paragraph.start + part.end };
      if (!skip(sentence)) found.push(sentence);
    }
  }
  return found;
}

/** The similar sentences of one paragraph, offsets within it. */
function similarInParagraph(paragraph: string, look: ClaimLook): ScoredSentence[] {
  // a paragraph none of whose sentences may resemble the claim is not split (splitParagraphs: the same sentences)
  if (!paragraphMayResemble(paragraph, look.probes)) return [];
  const found: ScoredSentence[] = [];
  for (const sentence of splitSentences(paragraph)) {
    if (!mayResemble(sentence.text, look.probes)) continue;
    const { score, reasons } = similarity(look.features, textFeatures(sentence.text, look.extraGroups));
    if (score >= MIN_SCORE) found.push({ ...sentence, score, reasons });
  }
  return found;
}
