import type { ValueQualifier } from "@/lib/generated/prisma/enums";
import { normalizeMetric } from "@/lib/claims/normalize-metric";
import { valueCanRiseTo, valuesCompatible, type ClaimedValue } from "@/lib/claims/compare/compare-values";
import { englishQuestion, type ConflictQuestionParams } from "../conflict-question";
import { conflictFingerprint } from "./conflict-fingerprint";
import { connectedComponents } from "./connected-components";
import type { DetectedConflict } from "./detected-conflict";
import { eventDay } from "@/lib/claims/extract/event-day";
import { hasEventInfo, type EventInfo } from "./same-event";
import { normalizeLabel } from "@/lib/claims/compare/normalize-label";

/** A claim's structured figure, as loaded (Decimals converted to numbers). */
export interface FigureClaim extends EventInfo {
  id: string;
  metric: string | null;
  valueLow: number | null;
  valueHigh: number | null;
  qualifier: ValueQualifier | null;
  unit: string | null;
  /** When the figure was current ("toll as of 09:00"); an ISO timestamp or a Date. */
  asOf?: string | Date | null;
}

/**
 * Counts that only grow while an event is reported on: a later, higher toll is
 * news, not a contradiction. Counts fixed by the event itself (missiles and
 * drones launched in one attack) are not here: a later, different number is a
 * correction of the earlier one, so the two disagree.
 */
export const RISING_METRICS: ReadonlySet<string> = new Set(["killed", "injured"]);

/**
 * Pure: conflicts between claimed figures: claims with the same metric (after
 * normalizeMetric: "dead" = "killed") about the same event (see sameEvent)
 * whose values cannot all be true (see valuesCompatible). Pairwise
 * disagreements are merged into connected components, so three claims that
 * disagree form one conflict.
 *
 * asOf rule: for a rising metric (RISING_METRICS), when both claims carry
 * different asOf times, the later figure may be higher than the earlier, but
 * may not fall below what the earlier one required ("at least 19" at 08:00 and
 * "9" at 12:00 still conflict). If either asOf is missing the claims are taken
 * as simultaneous, so "12 killed" and "19 killed" conflict until an editor
 * records when each figure was current. asOf is ignored for other metrics.
 *
 * Claims without a metric, a value or any event information are skipped.
 * No authorization here: pass claims of one workspace, loaded through its scope.
 */
export function detectFigureConflicts(claims: readonly FigureClaim[]): DetectedConflict[] {
  const byMetric = new Map<string, FigureClaim[]>();
  for (const claim of claims) {
    if (!claim.metric || claim.valueLow === null || !hasEventInfo(claim)) continue;
    const metric = normalizeMetric(claim.metric);
    const group = byMetric.get(metric);
    if (group) group.push(claim);
    else byMetric.set(metric, [claim]);
  }
  const conflicts: DetectedConflict[] = [];
  for (const [metric, group] of byMetric) {
    const edges: [string, string][] = [];
    for (const [i, j] of sameEventPairs(group)) {
      const a = group[i]!;
      const b = group[j]!;
      if (a.id !== b.id && !figuresAgree(metric, a, b)) edges.push([a.id, b.id]);
    }
    const byId = new Map(group.map((claim) => [claim.id, claim]));
    for (const ids of connectedComponents(edges)) {
      const members = ids.map((id) => byId.get(id)!);
      const questionParams = questionParamsFor(metric, members);
      conflicts.push({
        kind: "FIGURE_MISMATCH",
        fingerprint: conflictFingerprint("FIGURE_MISMATCH", ids),
        claimIds: ids,
        question: englishQuestion(questionParams),
        questionParams,
      });
    }
  }
  return conflicts.sort((x, y) => (x.fingerprint < y.fingerprint ? -1 : 1));
}

/** What sameEvent compares of a claim, each part normalized once. */
interface EventKey {
  day: string | null;
  label: string;
  place: string;
}

type Normalize = (text: string | null | undefined) => string;

function eventKey(claim: EventInfo, normalize: Normalize = normalizeLabel): EventKey {
  return { day: eventDay(claim.eventDate), label: normalize(claim.eventLabel), place: normalize(claim.eventPlace) };
}

function bucketsOf(key: EventKey): string[] {
  return [
    ...(key.label !== "" ? [`label:${key.label}`] : []),
    ...(key.day !== null && key.place !== "" ? [`day-place:${key.day}|${key.place}`] : []),
  ];
}

/**
 * Pure: the buckets a claim's event falls in (its label; its day with its
 * place). Two claims can only be about the same event (sameEvent) when they
 * share a bucket, which is what lets detection compare within buckets rather
 * than whole metric groups, here and in incremental runs (detection-keys.ts).
 * `normalize`: normalizeLabel, or a memo of it for callers that key many claims.
 */
export function eventBuckets(claim: EventInfo, normalize?: Normalize): string[] {
  return bucketsOf(eventKey(claim, normalize));
}

/**
 * Pairs of claims (indexes into `group`, i < j) about the same event, as
 * sameEvent decides, without comparing every pair: only claims in one bucket
 * (eventBuckets) are compared (a metric group of 9,000 tolls was 41 million
 * sameEvent calls, 40 s).
 */
export function sameEventPairs(group: readonly EventInfo[]): [number, number][] {
  const keys = group.map((claim) => eventKey(claim));
  const buckets = new Map<string, number[]>();
  keys.forEach((key, index) => {
    for (const name of bucketsOf(key)) {
      const bucket = buckets.get(name);
      if (bucket) bucket.push(index);
      else buckets.set(name, [index]);
    }
  });
  const pairs: [number, number][] = [];
  const seen = new Set<number>();
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const [i, j] = [bucket[x]!, bucket[y]!]; // ascending: indexes were added in order
        const pair = i * group.length + j;
        if (seen.has(pair)) continue; // in both a label and a day-and-place bucket
        seen.add(pair);
        const [a, b] = [keys[i]!, keys[j]!];
        if (a.day !== null && b.day !== null && a.day !== b.day) continue;
        if (
          (a.label !== "" && a.label === b.label) ||
          (a.day !== null && a.day === b.day && a.place !== "" && a.place === b.place)
        )
          pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

function figuresAgree(metric: string, a: FigureClaim, b: FigureClaim): boolean {
  const va = valueOf(a);
  const vb = valueOf(b);
  if (RISING_METRICS.has(metric)) {
    const ta = timeOf(a.asOf);
    const tb = timeOf(b.asOf);
    if (ta !== null && tb !== null && ta !== tb) return ta < tb ? valueCanRiseTo(va, vb) : valueCanRiseTo(vb, va);
  }
  return valuesCompatible(va, vb);
}

function valueOf(claim: FigureClaim): ClaimedValue {
  return { valueLow: claim.valueLow!, valueHigh: claim.valueHigh, qualifier: claim.qualifier, unit: claim.unit };
}

function timeOf(asOf: string | Date | null | undefined): number | null {
  if (!asOf) return null;
  const time = typeof asOf === "string" ? Date.parse(asOf) : asOf.getTime();
  return Number.isNaN(time) ? null : time;
}

/** For `Russian strike on Kyiv (2025-04-24, Kyiv) — "killed": one claim says …` */
function questionParamsFor(metric: string, members: FigureClaim[]): ConflictQuestionParams {
  const day = members.map((m) => eventDay(m.eventDate)).find(Boolean);
  const place = members.map((m) => m.eventPlace?.trim()).find(Boolean);
  const label = members.map((m) => m.eventLabel?.trim()).find(Boolean);
  const context = [day, place].filter(Boolean).join(", ");
  const event = label ? (context ? `${label} (${context})` : label) : context;
  return { kind: "FIGURE_MISMATCH", event, metric, values: members.map(valueOf) };
}
