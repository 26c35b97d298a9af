import { describe, expect, it } from "vitest";
import { findHardcodedText, findHardcodedTextIn } from "./hardcoded-text";

const texts = (source: string, file = "app/x/view.tsx") => findHardcodedText(file, source).map((found) => found.text);

describe("findHardcodedText", () => {
  it("finds JSX text, shown literals and user-facing attributes", () => {
    const source = `export function View({ ok }: { ok: boolean }) {
      return (<div className="panel" id="save-panel">
        <h2>Save the claim</h2>
        <button aria-label="Close panel" data-state="open">{ok ? "Saved" : "Not saved"}</button>
        <input placeholder={"Search claims"} />
        {"Plain literal"}
      </div>);
    }`;
    expect(texts(source)).toEqual([
      "Save the claim",
      "Close panel",
      "Saved",
      "Not saved",
      "Search claims",
      "Plain literal",
    ]);
  });

  it("leaves class names, punctuation, the product's name and translated text alone", () => {
    const source = `export function View({ t }: { t: (key: string) => string }) {
      return (<p className="meta">{t("saved")} · <strong>Factdesk</strong> — {42}</p>);
    }`;
    expect(texts(source)).toEqual([]);
  });

  it("finds page titles in metadata and success messages handed to actions", () => {
    expect(texts(`export const metadata = { title: "Claims" };`, "app/w/claims/page.tsx")).toEqual(["Claims"]);
    expect(
      texts(
        `export async function generateMetadata() { return { title: \`Claim \${id}\` }; }`,
        "app/w/claims/[id]/page.tsx",
      ),
    ).toEqual(["Claim"]);
    expect(
      texts(
        `export const act = (f: FormData) => runFormAction(f, work, "Your claim was saved.");`,
        "app/w/claims/actions.ts",
      ),
    ).toEqual(["Your claim was saved."]);
  });

  it("lets a line opt out with a reason", () => {
    expect(texts(`const c = <code>curl -H "Accept: json"</code>; // i18n-exempt: a command, typed as is`)).toEqual([]);
  });
});

describe("the app's interface text", () => {
  it("all comes from the message catalogue (lib/i18n/messages)", () => {
    const found = findHardcodedTextIn("app").map(({ file, line, text }) => `${file}:${line} ${text}`);
    expect(found).toEqual([]);
  });
});
