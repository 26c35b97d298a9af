import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Finds interface text written into app/ instead of the message catalogue
 * (lib/i18n/messages): JSX text with letters, string literals shown as JSX
 * children (`{"Save"}`, `{ok ? "Yes" : "No"}`), user-facing attributes
 * (aria-label, title, placeholder, alt, label…), page titles in metadata, and
 * success messages handed to runAction / runFormAction.
 *
 * Not text: class names, ids, URLs, keys, and anything without a letter. The
 * product's name may stand alone. A line may opt out with a trailing
 * `// i18n-exempt: <why>` comment (machine formats such as a curl example).
 *
 * Run on a folder: `npx tsx test/i18n/find-hardcoded-text.ts app/w/[slug]/claims`.
 */
export interface HardcodedText {
  file: string;
  line: number;
  text: string;
}

const SHOWN_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-placeholder",
  "aria-valuetext",
  "title",
  "placeholder",
  "alt",
  "label",
  "summary",
]);
const ACTION_RUNNERS = new Set(["runAction", "runFormAction"]);
const METADATA_FIELDS = new Set(["title", "description"]);
const HAS_LETTER = /\p{L}/u;
const STANDS_ALONE = new Set(["Factdesk"]);

function isText(value: string): boolean {
  const trimmed = value.replace(/\s+/g, " ").trim();
  return HAS_LETTER.test(trimmed) && !STANDS_ALONE.has(trimmed);
}

/** The string literals an expression may evaluate to directly: `"a"`, `x ? "a" : "b"`, `x ?? "a"`, `` `a ${b}` ``. */
function shownLiterals(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return shownLiterals(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node];
  if (ts.isConditionalExpression(node)) return [...shownLiterals(node.whenTrue), ...shownLiterals(node.whenFalse)];
  if (
    ts.isBinaryExpression(node) &&
    [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(
      node.operatorToken.kind,
    )
  ) {
    return [...shownLiterals(node.left), ...shownLiterals(node.right)].filter(
      (literal) => literal !== node.left || node.operatorToken.kind !== ts.SyntaxKind.AmpersandAmpersandToken,
    );
  }
  return [];
}

function literalText(node: ts.Node, source: ts.SourceFile): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ");
  return node.getText(source);
}

export function findHardcodedText(file: string, sourceText: string): HardcodedText[] {
  const source = ts.createSourceFile(
    file,
    sourceText,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const lines = sourceText.split("\n");
  const found: HardcodedText[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!isText(text)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
    if (/\/\/ i18n-exempt:/.test(lines[line] ?? "")) return;
    found.push({ file, line: line + 1, text: text.replace(/\s+/g, " ").trim().slice(0, 80) });
  };
  const isPageModule = /(^|\/)(page|layout)\.tsx$/.test(file);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      for (const literal of shownLiterals(node.expression)) report(literal, literalText(literal, source));
    } else if (ts.isJsxAttribute(node) && SHOWN_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) report(value, value.text);
      else if (ts.isJsxExpression(value) && value.expression)
        for (const literal of shownLiterals(value.expression)) report(literal, literalText(literal, source));
    } else if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ACTION_RUNNERS.has(node.expression.text)
    ) {
      for (const argument of node.arguments.slice(1))
        for (const literal of shownLiterals(argument)) report(literal, literalText(literal, source));
    } else if (
      isPageModule &&
      ts.isPropertyAssignment(node) &&
      METADATA_FIELDS.has(node.name.getText(source)) &&
      isInsideMetadata(node)
    ) {
      for (const literal of shownLiterals(node.initializer)) report(literal, literalText(literal, source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Inside `export const metadata = {…}` or `generateMetadata()`. */
function isInsideMetadata(node: ts.Node): boolean {
  for (let up: ts.Node | undefined = node.parent; up; up = up.parent) {
    if (ts.isVariableDeclaration(up) && up.name.getText() === "metadata") return true;
    if (ts.isFunctionDeclaration(up) && up.name?.text === "generateMetadata") return true;
  }
  return false;
}

/** Every .tsx under the folder, and the server actions (actions.ts) with their success messages. */
export function appSourceFiles(folder: string): string[] {
  if (statSync(folder).isFile()) return [folder];
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".tsx") || path.basename(name) === "actions.ts")
    .map((name) => path.join(folder, name))
    .sort();
}

export function findHardcodedTextIn(...folders: string[]): HardcodedText[] {
  return folders.flatMap(appSourceFiles).flatMap((file) => findHardcodedText(file, readFileSync(file, "utf8")));
}
