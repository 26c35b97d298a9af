/**
 * Finds every server action and every route handler of the app FROM THE CODE,
 * so the authorization matrix cannot silently miss a new one:
 * - server actions: the exports of every `"use server"` module under app/
 *   (read with the TypeScript compiler API), plus every entry of the build's
 *   server-reference manifest (which also lists inline `"use server"`
 *   functions); the manifest gives each action's id and the page that runs it;
 * - route handlers: the exported HTTP methods of every app/**\/route.ts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = process.cwd();
const APP = path.join(ROOT, "app");
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** `app/w/[slug]/admin/actions.ts#addMemberAction` */
export type ActionKey = string;
/** `POST /api/v1/articles/[articleId]/annotations` */
export type RouteKey = string;

export interface BuiltAction {
  id: string;
  /** a page that bundles the action, as in the manifest: `app/w/[slug]/admin/page` */
  page: string;
}

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
}

function hasUseServer(statements: ts.NodeArray<ts.Statement>): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use server") return true;
  }
  return false;
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Names a module exports: functions, consts and `export { a as B }` lists (types left out). */
function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name) names.push(statement.name.text);
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    }
    if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) if (!element.isTypeOnly) names.push(element.name.text);
    }
  }
  return names;
}

/** Functions with their own `"use server"` directive inside a component or module that is not itself a "use server" module. */
function inlineServerFunctions(source: ts.SourceFile): number {
  let count = 0;
  const visit = (node: ts.Node) => {
    if (
      (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node)) &&
      node.body &&
      ts.isBlock(node.body) &&
      hasUseServer(node.body.statements)
    )
      count++;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return count;
}

export interface SourceActions {
  keys: ActionKey[];
  /** files with inline "use server" functions: only the build manifest names those */
  inline: { file: string; count: number }[];
}

export function serverActionsInSource(): SourceActions {
  const keys: ActionKey[] = [];
  const inline: SourceActions["inline"] = [];
  for (const file of filesUnder(APP, (name) => /\.(ts|tsx)$/.test(name))) {
    const source = parse(file);
    if (hasUseServer(source.statements)) keys.push(...exportedNames(source).map((name) => `${file}#${name}`));
    else {
      const count = inlineServerFunctions(source);
      if (count > 0) inline.push({ file, count });
    }
  }
  return { keys, inline };
}

/** Every action the production build can run, by key, from .next/server/server-reference-manifest.json. */
export function serverActionsInBuild(): Map<ActionKey, BuiltAction> {
  const file = path.join(ROOT, ".next/server/server-reference-manifest.json");
  if (!existsSync(file))
    throw new Error(`${file} is missing: the matrix runs against the production build (npx next build)`);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const actions = new Map<ActionKey, BuiltAction>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName)
      throw new Error(`server-reference-manifest entry ${id} names no file/export: the manifest format changed`);
    actions.set(`${entry.filename}#${entry.exportedName}`, { id, page: Object.keys(entry.workers)[0]! });
  }
  return actions;
}

/** `app/api/v1/articles/[articleId]/route.ts` → `/api/v1/articles/[articleId]` (route groups dropped). */
function routePath(file: string): string {
  const segments = file
    .replace(/^app\//, "")
    .replace(/\/?route\.ts$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

export function routeHandlersInSource(): RouteKey[] {
  return filesUnder(APP, (name) => /^route\.(ts|tsx|js)$/.test(name)).flatMap((file) =>
    exportedNames(parse(file))
      .filter((name) => HTTP_METHODS.has(name))
      .map((method) => `${method} ${routePath(file)}`),
  );
}
