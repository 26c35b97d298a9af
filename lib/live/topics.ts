import { z } from "zod";

/**
 * What a live stream subscribes to. A page names the topics whose changes it
 * shows; the server routes each change to the topics it touches
 * (lib/live/resolve-topics.ts), so a stream gets only what its page displays.
 *
 * - `article:<id>`: the reader: annotations, replies, linked claims and their verdicts, the article itself
 * - `claim:<id>`: the claim page: the claim, its appearances, its verdicts and their reviews
 * - `review`: the review queue: any verdict of the workspace
 * - `conflict:<id>`: a conflict (no page subscribes yet; resolving one also touches its verdicts)
 */
export type Topic = `article:${string}` | `claim:${string}` | `conflict:${string}` | "review";

const ID = "[A-Za-z0-9_-]{1,64}";
const TOPIC_PATTERN = new RegExp(`^(?:(?:article|claim|conflict):${ID}|review)$`);

export const TopicSchema = z
  .string()
  .regex(TOPIC_PATTERN, "Unknown topic")
  .transform((value) => value as Topic);

/** A stream names at least one topic and only a few (a page shows one thing). */
export const TopicListSchema = z.array(TopicSchema).min(1, "Name at least one topic").max(4, "At most 4 topics");

export function articleTopic(articleId: string): Topic {
  return `article:${articleId}`;
}

export function claimTopic(claimId: string): Topic {
  return `claim:${claimId}`;
}

/** The kind and id of a topic: `article:abc` → ["article", "abc"]; `review` → ["review", null]. */
export function splitTopic(topic: Topic): ["article" | "claim" | "conflict", string] | ["review", null] {
  if (topic === "review") return ["review", null];
  const colon = topic.indexOf(":");
  return [topic.slice(0, colon) as "article" | "claim" | "conflict", topic.slice(colon + 1)];
}
