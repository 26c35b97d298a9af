/**
 * What an app instance printed during a scenario (bounded), saved to
 * test-results/load/<name>.log; a failed check quotes the unexpected errors
 * the server logged, so a 500 comes with its cause.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const MAX_CHARS = 2_000_000;

export class ServerLog {
  private text = "";

  constructor(readonly name: string) {}

  /** For startNextApp's onOutput. */
  readonly append = (chunk: string): void => {
    if (this.text.length < MAX_CHARS) this.text += chunk;
  };

  save(): string {
    const file = path.join("test-results", "load", `${this.name}.log`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, this.text);
    return file;
  }

  /** The app's "[factdesk] unexpected …" reports (lib/http/action-result.ts, lib/api/http/problem-response.ts), each with a few lines of its error. */
  unexpectedErrors(limit = 3): string {
    const lines = this.text.split("\n");
    const found: string[] = [];
    lines.forEach((line, at) => {
      if (line.includes("[factdesk] unexpected") && found.length < limit)
        found.push(lines.slice(at, at + 8).join("\n"));
    });
    return found.length === 0 ? "(the server logged no unexpected error)" : found.join("\n---\n");
  }
}
