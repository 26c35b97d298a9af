/**
 * One simulated editor: reads articles, annotates passages, edits their own
 * notes, turns annotations into claims, drafts verdicts with evidence, submits
 * them, and reviews colleagues' submitted verdicts. With a think time, an
 * editor reads and thinks between an answer and its next action, as people
 * work; without one (a closed loop), it sends its next request as soon as the
 * last one was answered, which measures saturation. Replies have no API (only
 * the app's pages write them), so note edits stand in for them.
 */
import type { ApiAnswer, ApiClient } from "./api-client";
import { RATING_KEY, randomPassage, type LoadArticle } from "./load-world";
import type { Recorder, WriteOp } from "./recorder";

/** Evidence items per drafted verdict: the verdict, its revision and these rows commit together or not at all. */
export const EVIDENCE_PER_VERDICT = 4;

interface OwnAnnotation {
  id: string;
  /** the ETag last read; null after an edit whose answer never came (it may or may not have been applied) */
  etag: string | null;
  edits: number;
  quote: string;
  articleId: string;
  claimed: boolean;
}

/**
 * The pause between an answer and an editor's next action, drawn uniformly from [minMs, maxMs): reading
 * the answer, selecting text, typing a note.
 */
export interface ThinkTime {
  minMs: number;
  maxMs: number;
}

/** What all editors of a run share: the articles, and submitted verdicts waiting for a reviewer. */
export interface Newsroom {
  articles: LoadArticle[];
  reviewQueue: { verdictId: string; lockVersion: number; author: number }[];
}

export class SimulatedEditor {
  private readonly annotations: OwnAnnotation[] = [];
  private readonly claimsWithoutVerdict: string[] = [];
  private readonly drafts: { verdictId: string; lockVersion: number }[] = [];
  /** after a 503, wait like a client honouring Retry-After (capped, so the outage keeps being probed) */
  private backoffUntil = 0;

  constructor(
    private readonly index: number,
    private readonly api: ApiClient,
    private readonly newsroom: Newsroom,
    private readonly recorder: Recorder,
    private readonly random: () => number,
  ) {}

  /** `thinkTime`: paced (the first action comes after a draw from [0, maxMs), so editors do not all start at once); none: a closed loop. */
  async runUntil(deadline: number, thinkTime?: ThinkTime): Promise<void> {
    const pause = async (ms: number) => sleep(Math.min(ms, deadline - performance.now()));
    if (thinkTime) await pause(this.random() * thinkTime.maxMs);
    while (performance.now() < deadline) {
      const wait = this.backoffUntil - performance.now();
      if (wait > 0) await sleep(Math.min(wait, deadline - performance.now()));
      if (performance.now() >= deadline) return;
      const answer = await this.step();
      if (answer.status === 503) {
        const retryAfterMs = Number(answer.headers.get("retry-after") ?? "1") * 1000;
        this.backoffUntil = performance.now() + Math.min(retryAfterMs, 500 + this.random() * 500);
      } else if (answer.status <= 0) {
        this.backoffUntil = performance.now() + 500;
      }
      if (thinkTime) await pause(thinkTime.minMs + this.random() * (thinkTime.maxMs - thinkTime.minMs));
    }
  }

  /**
   * Every kind of request once, as one chain of work (read an article, list its annotations, annotate, edit
   * the note, claim it, draft a verdict, submit it): a warm-up that loads every route of the app before
   * anything is measured. Another editor's {@link reviewOne} then reviews the verdict.
   */
  async walkEveryOperation(): Promise<void> {
    const article = this.article();
    await this.api.send("article.read", "GET", `/articles/${article.id}`);
    await this.api.send("annotations.list", "GET", `/articles/${article.id}/annotations?limit=25`);
    await this.annotate();
    await this.editNote();
    await this.claim();
    await this.draftVerdict();
    if (this.drafts.length > 0) await this.submitDraft();
  }

  /** Reviews a colleague's submitted verdict, if one waits (else reads an article). */
  async reviewOne(): Promise<void> {
    await this.review();
  }

  private step(): Promise<ApiAnswer> {
    if (this.drafts.length > 0) return this.submitDraft();
    const roll = this.random();
    if (roll < 0.3) return this.read();
    if (roll < 0.55) return this.annotate();
    if (roll < 0.65) return this.editNote();
    if (roll < 0.75) return this.claim();
    if (roll < 0.87) return this.draftVerdict();
    return this.review();
  }

  private article(): LoadArticle {
    return this.newsroom.articles[Math.floor(this.random() * this.newsroom.articles.length)]!;
  }

  private async read(): Promise<ApiAnswer> {
    const article = this.article();
    if (this.random() < 0.3)
      return this.api.send("annotations.list", "GET", `/articles/${article.id}/annotations?limit=25`);
    return this.api.send("article.read", "GET", `/articles/${article.id}`);
  }

  private async annotate(): Promise<ApiAnswer> {
    const article = this.article();
    const passage = randomPassage(article.text, this.random);
    const answer = await this.api.send("annotation.create", "POST", `/articles/${article.id}/annotations`, {
      contentType: "application/ld+json",
      body: webAnnotation(passage.exact, `Editor ${this.index + 1}: check this against the source.`, {
        text: article.text,
        ...passage,
      }),
    });
    if (answer.status === 201) {
      const id = idFromUrl(answer.body.id);
      this.acknowledge("annotation.create", "annotation.created", "Annotation", id);
      this.annotations.push({
        id,
        etag: answer.headers.get("etag"),
        edits: 0,
        quote: passage.exact,
        articleId: article.id,
        claimed: false,
      });
    }
    return answer;
  }

  private async editNote(): Promise<ApiAnswer> {
    const own = this.pick(this.annotations.filter((a) => !a.claimed));
    if (!own) return this.annotate();
    if (own.etag === null) {
      // as a careful client would: read the current ETag before editing again, instead of getting a 412
      const current = await this.api.send("annotation.read", "GET", `/annotations/${own.id}`);
      if (current.status === 200) own.etag = current.headers.get("etag");
      return current;
    }
    const answer = await this.api.send("annotation.update", "PUT", `/annotations/${own.id}`, {
      contentType: "application/ld+json",
      headers: { "If-Match": own.etag },
      body: webAnnotation(
        own.quote,
        `Editor ${this.index + 1}, edit ${own.edits + 1}: the figure needs a second source.`,
      ),
    });
    if (answer.status === 200) {
      own.etag = answer.headers.get("etag");
      own.edits += 1;
      this.acknowledge("annotation.update", "annotation.updated", "Annotation", own.id);
    } else {
      own.etag = null;
    }
    return answer;
  }

  private async claim(): Promise<ApiAnswer> {
    const own = this.pick(this.annotations.filter((a) => !a.claimed));
    if (!own) return this.annotate();
    own.claimed = true; // tried once only: an unanswered attempt may have made the claim
    const answer = await this.api.send("claim.create", "POST", "/claims", {
      body: {
        annotationId: own.id,
        statement: `Claimed: ${own.quote}`.slice(0, 900),
        claimant: "Officials",
        claimDate: "2024-05-01",
      },
    });
    if (answer.status === 201) {
      this.acknowledge("claim.create", "claim.created", "Claim", answer.body.id);
      this.claimsWithoutVerdict.push(answer.body.id);
    }
    return answer;
  }

  private async draftVerdict(): Promise<ApiAnswer> {
    const claimId = this.claimsWithoutVerdict.shift();
    if (!claimId) return this.claim();
    const evidence = Array.from({ length: EVIDENCE_PER_VERDICT }, (_, n) => ({
      url: `https://sources.example.test/${claimId}/${n + 1}`,
      title: `Source ${n + 1} for the claim`,
      quote: "The figure in the official record.",
      accessedAt: "2024-05-02",
      isPrimary: n === 0,
    }));
    const answer = await this.api.send("verdict.create", "POST", "/verdicts", {
      body: {
        claimId,
        ratingKey: RATING_KEY,
        summary: "The official record supports the figure, with caveats.",
        evidence,
      },
    });
    if (answer.status === 201) {
      this.acknowledge("verdict.create", "verdict.created", "Verdict", answer.body.id);
      this.drafts.push({ verdictId: answer.body.id, lockVersion: answer.body.lockVersion });
    }
    return answer;
  }

  private async submitDraft(): Promise<ApiAnswer> {
    const draft = this.drafts.shift()!;
    const answer = await this.api.send("verdict.submit", "POST", `/verdicts/${draft.verdictId}/submit`, {
      body: { lockVersion: draft.lockVersion },
    });
    if (answer.status === 200) {
      this.acknowledge("verdict.submit", "verdict.submitted", "Verdict", draft.verdictId);
      this.newsroom.reviewQueue.push({
        verdictId: draft.verdictId,
        lockVersion: answer.body.lockVersion,
        author: this.index,
      });
    }
    return answer;
  }

  private async review(): Promise<ApiAnswer> {
    const at = this.newsroom.reviewQueue.findIndex((v) => v.author !== this.index);
    if (at < 0) return this.read();
    const [verdict] = this.newsroom.reviewQueue.splice(at, 1);
    const approve = this.random() < 0.7;
    const answer = await this.api.send("verdict.review", "POST", `/verdicts/${verdict!.verdictId}/review`, {
      body: approve
        ? { lockVersion: verdict!.lockVersion, decision: "APPROVE" }
        : {
            lockVersion: verdict!.lockVersion,
            decision: "REQUEST_CHANGES",
            reason: "Add the primary source's page number.",
          },
    });
    if (answer.status === 200) this.acknowledge("verdict.review", "verdict.reviewed", "Verdict", verdict!.verdictId);
    return answer;
  }

  private acknowledge(op: WriteOp, action: string, entityType: string, entityId: string): void {
    this.recorder.ack({ op, action, entityType, entityId, at: performance.now() });
  }

  private pick<T>(items: T[]): T | undefined {
    return items[Math.floor(this.random() * items.length)];
  }
}

/** A W3C Web Annotation commenting on `exact`; when creating, with its position (code points, and Factdesk's UTF-16 offsets). */
function webAnnotation(exact: string, note: string, span?: { text: string; start: number; end: number }) {
  const selector: object[] = [{ type: "TextQuoteSelector", exact }];
  if (span) {
    const start = [...span.text.slice(0, span.start)].length;
    const end = start + [...exact].length;
    selector.push({
      type: "TextPositionSelector",
      start,
      end,
      "factdesk:utf16Start": span.start,
      "factdesk:utf16End": span.end,
    });
  }
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    motivation: "commenting",
    body: [
      { type: "TextualBody", value: note, format: "text/markdown", purpose: "commenting" },
      { type: "TextualBody", value: "load", purpose: "tagging" },
    ],
    target: { source: "https://news.example.test/story", selector },
  };
}

function idFromUrl(url: string): string {
  return String(url).split("/").at(-1)!;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
