import { fileURLToPath } from "node:url";
import path from "node:path";
import ts from "typescript";

/**
 * Every English text lib/ can hand to a person through a server action, found
 * in the source: the messages of DomainError and its subclasses (`new X(…)`,
 * `super(…)`, constructor defaults, InvalidInputError's per-field arrays), the
 * custom messages of zod schemas and the failed ActionResults lib/ builds
 * itself. A text with a part computed at run time is a pattern with `{}` in
 * its place; a constant is written out. What cannot be followed statically is
 * reported as `unresolved`, so each such place is looked at once.
 * lib/api/ answers programs in English and is left out.
 */
export interface ServerTexts {
  /** sentences and patterns ("{} not found.") */
  messages: Set<string>;
  /** what NotFoundError is given ("Claim"), translated inside "{what} not found." */
  nouns: Set<string>;
  /** "file expression" for texts that could not be followed */
  unresolved: Set<string>;
  /** where each text was first found, for the failure report */
  origins: Map<string, string>;
}

const ROOT = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));
// lib/api answers programs in English; the environment check and the live stream's topics never reach a person's form
const SKIPPED = [
  /^lib\/api\//,
  /^lib\/generated\//,
  /\.test\.ts$/,
  /\.d\.ts$/,
  /^lib\/env\.ts$/,
  /^lib\/live\/topics\.ts$/,
];
const ZOD_MESSAGE_METHODS = new Set([
  "min",
  "max",
  "length",
  "regex",
  "refine",
  "nonempty",
  "email",
  "url",
  "uuid",
  "int",
  "positive",
  "nonnegative",
  "gt",
  "gte",
  "lt",
  "lte",
  "multipleOf",
  "startsWith",
  "endsWith",
  "includes",
  "datetime",
  "date",
  "time",
]);
const ZOD_FACTORIES_WITH_MESSAGE = new Set([
  "string",
  "number",
  "boolean",
  "bigint",
  "date",
  "email",
  "url",
  "uuid",
  "int",
]);
const ZOD_MESSAGE_PROPERTIES = new Set(["message", "error"]);

export function scanServerTexts(): ServerTexts {
  const files = ts.sys
    .readDirectory(path.join(ROOT, "lib"), [".ts"])
    .map((file) => path.relative(ROOT, file))
    .filter((file) => !SKIPPED.some((skip) => skip.test(file)));
  const program = ts.createProgram(
    files.map((file) => path.join(ROOT, file)),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      baseUrl: ROOT,
      paths: { "@/*": ["./*"] },
      resolveJsonModule: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
      noResolve: true,
      noLib: true,
    },
  );
  const checker = program.getTypeChecker();
  const sources = files.map((file) => program.getSourceFile(path.join(ROOT, file))!);
  const found: ServerTexts = { messages: new Set(), nouns: new Set(), unresolved: new Set(), origins: new Map() };
  const family = domainErrorFamily(sources);

  const where = (node: ts.Node) => {
    const file = node.getSourceFile();
    return `${path.relative(ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.getText().slice(0, 80)}`;
  };
  // without the line, so that editing above it does not change it
  const place = (node: ts.Node) =>
    `${path.relative(ROOT, node.getSourceFile().fileName)} ${node.getText().slice(0, 80)}`;

  /** The texts an expression can evaluate to, or null when they cannot be known here. */
  function textsOf(node: ts.Expression, seen = new Set<ts.Node>()): string[] | null {
    if (seen.has(node)) return [];
    seen.add(node);
    if (
      ts.isParenthesizedExpression(node) ||
      ts.isNonNullExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isSatisfiesExpression(node)
    )
      return textsOf(node.expression, seen);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
    if (ts.isNumericLiteral(node)) return [node.text];
    if (ts.isTemplateExpression(node)) {
      let parts = [node.head.text];
      for (const span of node.templateSpans) {
        const constant = constantOf(span.expression, seen);
        if (!constant) collectParts(span.expression, seen);
        parts = parts.flatMap((part) => (constant ?? ["{}"]).map((piece) => part + piece + span.literal.text));
      }
      return parts;
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const [left, right] = [textsOf(node.left, seen) ?? ["{}"], textsOf(node.right, seen) ?? ["{}"]];
      return left.flatMap((l) => right.map((r) => l + r));
    }
    // `…`.trimEnd() and the like: the same text, give or take a space
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ["trim", "trimEnd", "trimStart"].includes(node.expression.name.text)
    )
      return textsOf(node.expression.expression, seen);
    if (ts.isConditionalExpression(node)) return union(textsOf(node.whenTrue, seen), textsOf(node.whenFalse, seen));
    if (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
        node.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    ) {
      return union(textsOf(node.left, seen), textsOf(node.right, seen));
    }
    if (ts.isElementAccessExpression(node)) {
      const object = objectLiteralsOf(node.expression, seen);
      return (
        object &&
        union(
          ...object.flatMap((literal) =>
            literal.properties.map((property) =>
              ts.isPropertyAssignment(property) ? textsOf(property.initializer, seen) : null,
            ),
          ),
        )
      );
    }
    if (ts.isIdentifier(node))
      return declarationsOf(node).length
        ? union(...declarationsOf(node).map((declaration) => textsOfDeclaration(declaration, seen)))
        : null;
    return null;
  }

  /**
   * A gap of a template that is one of a few fixed texts ("approved", "an
   * appearance warning"): each is a text of its own, translated where it fills the gap.
   */
  function collectParts(node: ts.Expression, seen: Set<ts.Node>) {
    for (const text of partsOf(node, new Set(seen))) {
      if (!/\p{L}{2,}/u.test(text.replaceAll("{}", ""))) continue; // a number, a suffix, punctuation
      found.messages.add(text);
      if (!found.origins.has(text)) found.origins.set(text, where(node));
    }
  }

  /** The fixed texts among what a gap can hold, passing over what cannot be known (`code ?? "the connection failed"`). */
  function partsOf(node: ts.Expression, seen: Set<ts.Node>): string[] {
    if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) return partsOf(node.expression, seen);
    if (
      ts.isBinaryExpression(node) &&
      [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind)
    )
      return [...partsOf(node.left, seen), ...partsOf(node.right, seen)];
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
      return partsOf(node.right, seen);
    if (ts.isConditionalExpression(node)) return [...partsOf(node.whenTrue, seen), ...partsOf(node.whenFalse, seen)];
    if (ts.isIdentifier(node)) {
      return declarationsOf(node).flatMap((declaration) => {
        if (seen.has(declaration)) return [];
        seen.add(declaration);
        if (ts.isVariableDeclaration(declaration) && declaration.initializer)
          return partsOf(declaration.initializer, seen);
        if (ts.isParameter(declaration))
          return argumentsFor(declaration).flatMap((argument) => partsOf(argument, seen));
        return [];
      });
    }
    return textsOf(node, seen) ?? [];
  }

  /** A span of a template that is the same on every run (a constant), written out; else null. */
  function constantOf(node: ts.Expression, seen: Set<ts.Node>): string[] | null {
    if (ts.isParenthesizedExpression(node)) return constantOf(node.expression, seen);
    if (ts.isTemplateExpression(node) || ts.isConditionalExpression(node)) return null;
    if (ts.isIdentifier(node) && declarationsOf(node).some((declaration) => ts.isParameter(declaration))) return null;
    if (
      ts.isIdentifier(node) &&
      !declarationsOf(node).every((declaration) => ts.isVariableDeclaration(declaration) && isConst(declaration))
    )
      return null;
    const texts = textsOf(node, new Set(seen));
    return texts && texts.length === 1 && !texts[0]!.includes("{}") ? texts : null;
  }

  function textsOfDeclaration(declaration: ts.Declaration, seen: Set<ts.Node>): string[] | null {
    if (ts.isVariableDeclaration(declaration))
      return declaration.initializer ? textsOf(declaration.initializer, seen) : null;
    if (ts.isParameter(declaration)) {
      const fromCalls = argumentsFor(declaration).map((argument) => textsOf(argument, seen));
      const fromDefault = declaration.initializer ? [textsOf(declaration.initializer, seen)] : [];
      const all = [...fromCalls, ...fromDefault];
      return all.length ? union(...all) : null;
    }
    return null;
  }

  function objectLiteralsOf(node: ts.Expression, seen: Set<ts.Node>): ts.ObjectLiteralExpression[] | null {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
      return objectLiteralsOf(node.expression, seen);
    if (ts.isObjectLiteralExpression(node)) return [node];
    if (!ts.isIdentifier(node)) return null;
    const literals = declarationsOf(node).map((declaration) => {
      if (ts.isVariableDeclaration(declaration) && declaration.initializer)
        return objectLiteralsOf(declaration.initializer, seen);
      if (ts.isParameter(declaration)) {
        const calls = argumentsFor(declaration).map((argument) => objectLiteralsOf(argument, seen));
        return calls.length && calls.every(Boolean) ? (calls.flat() as ts.ObjectLiteralExpression[]) : null;
      }
      return null;
    });
    return literals.every(Boolean) ? (literals.flat() as ts.ObjectLiteralExpression[]) : null;
  }

  function declarationsOf(identifier: ts.Identifier): ts.Declaration[] {
    let symbol = checker.getSymbolAtLocation(identifier);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.declarations ?? [];
  }

  /** The arguments passed for a parameter of a function, from every call in lib/. */
  function argumentsFor(parameter: ts.ParameterDeclaration): ts.Expression[] {
    const owner = parameter.parent;
    const index = owner.parameters.indexOf(parameter);
    const name = ts.isFunctionDeclaration(owner)
      ? owner.name
      : ts.isVariableDeclaration(owner.parent) && ts.isIdentifier(owner.parent.name)
        ? owner.parent.name
        : undefined;
    if (!name || ts.isConstructorDeclaration(owner)) return [];
    const out: ts.Expression[] = [];
    for (const source of sources) {
      if (!source.text.includes(name.text)) continue;
      source.forEachChild(function visit(node): void {
        if (
          ts.isCallExpression(node) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === name.text &&
          node.arguments[index]
        ) {
          if (
            declarationsOf(node.expression).some((declaration) => declaration === owner || declaration === owner.parent)
          )
            out.push(node.arguments[index]!);
        }
        node.forEachChild(visit);
      });
    }
    return out;
  }

  function collect(into: Set<string>, node: ts.Expression) {
    const texts = textsOf(node);
    if (texts === null) found.unresolved.add(place(node));
    else
      for (const text of texts) {
        into.add(text);
        if (!found.origins.has(text)) found.origins.set(text, where(node));
      }
  }

  function collectFieldErrors(node: ts.Expression) {
    const literals = objectLiteralsOf(node, new Set());
    if (!literals) return found.unresolved.add(place(node));
    for (const property of literals.flatMap((literal) => literal.properties)) {
      if (!ts.isPropertyAssignment(property)) continue;
      if (ts.isArrayLiteralExpression(property.initializer))
        property.initializer.elements.forEach((element) => collect(found.messages, element));
      else found.unresolved.add(place(property.initializer));
    }
  }

  for (const source of sources) {
    const importsZod = source.statements.some(
      (statement) =>
        ts.isImportDeclaration(statement) &&
        ts.isStringLiteral(statement.moduleSpecifier) &&
        statement.moduleSpecifier.text === "zod",
    );
    source.forEachChild(function visit(node): void {
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && family.has(node.expression.text)) {
        const [first, fieldErrors] = node.arguments ?? [];
        if (first) collect(node.expression.text === "NotFoundError" ? found.nouns : found.messages, first);
        if (fieldErrors) collectFieldErrors(fieldErrors);
      }
      if (ts.isClassDeclaration(node) && node.name && family.has(node.name.text)) collectFromErrorClass(node);
      if (importsZod && ts.isCallExpression(node)) collectZodMessages(node);
      if (ts.isObjectLiteralExpression(node) && isFailedActionResult(node)) {
        const error = node.properties.find(
          (property) => ts.isPropertyAssignment(property) && property.name.getText() === "error",
        ) as ts.PropertyAssignment;
        // `error: say("…")`: the text inside the call that translates it; `error.message` is collected where it is thrown
        const text =
          ts.isCallExpression(error.initializer) && error.initializer.arguments.length === 1
            ? error.initializer.arguments[0]!
            : error.initializer;
        if (!ts.isPropertyAccessExpression(text)) collect(found.messages, text);
      }
      node.forEachChild(visit);
    });
  }

  function collectFromErrorClass(node: ts.ClassDeclaration) {
    const constructor = node.members.find(ts.isConstructorDeclaration);
    if (!constructor) return;
    for (const parameter of constructor.parameters) {
      if (parameter.initializer && ts.isStringLiteralLike(parameter.initializer))
        (node.name!.text === "NotFoundError" ? found.nouns : found.messages).add(parameter.initializer.text);
    }
    constructor.body?.forEachChild(function visit(child): void {
      if (ts.isCallExpression(child) && child.expression.kind === ts.SyntaxKind.SuperKeyword && child.arguments[0]) {
        const argument = child.arguments[0];
        // a parameter passed straight on is collected where the error is constructed
        if (!(ts.isIdentifier(argument) && declarationsOf(argument).some((declaration) => ts.isParameter(declaration))))
          collect(found.messages, argument);
      }
      child.forEachChild(visit);
    });
  }

  function collectZodMessages(call: ts.CallExpression) {
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee)) return;
    const name = callee.name.text;
    const isZodFactory = ts.isIdentifier(callee.expression) && callee.expression.text === "z";
    if (name === "addIssue" || isZodFactory || ZOD_MESSAGE_METHODS.has(name)) {
      for (const [index, argument] of call.arguments.entries()) {
        if (ts.isObjectLiteralExpression(argument)) {
          for (const property of argument.properties) {
            if (
              ts.isPropertyAssignment(property) &&
              ZOD_MESSAGE_PROPERTIES.has(property.name.getText()) &&
              !ts.isArrowFunction(property.initializer) &&
              !ts.isFunctionExpression(property.initializer)
            )
              collect(found.messages, property.initializer);
          }
        } else if (
          ZOD_MESSAGE_METHODS.has(name) &&
          index > 0 &&
          (ts.isStringLiteralLike(argument) || ts.isTemplateExpression(argument))
        ) {
          collect(found.messages, argument);
        } else if (
          isZodFactory &&
          index === 0 &&
          ts.isStringLiteralLike(argument) &&
          ZOD_FACTORIES_WITH_MESSAGE.has(name)
        ) {
          collect(found.messages, argument); // z.string("Enter a name.")
        }
      }
    }
  }

  return found;
}

function union(...lists: (string[] | null)[]): string[] | null {
  if (lists.some((list) => list === null)) return null;
  return [...new Set(lists.flat() as string[])];
}

function isConst(declaration: ts.VariableDeclaration): boolean {
  return ts.isVariableDeclarationList(declaration.parent) && (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
}

/** `{ ok: false, …, error: … }`: a failed ActionResult built by hand. */
function isFailedActionResult(node: ts.ObjectLiteralExpression): boolean {
  const named = (name: string) =>
    node.properties.find((property) => ts.isPropertyAssignment(property) && property.name.getText() === name) as
      ts.PropertyAssignment | undefined;
  return named("ok")?.initializer.kind === ts.SyntaxKind.FalseKeyword && named("error") !== undefined;
}

/** DomainError and every class that extends it, by name. */
function domainErrorFamily(sources: ts.SourceFile[]): Set<string> {
  const family = new Set(["DomainError"]);
  const classes: [string, string][] = [];
  for (const source of sources) {
    source.forEachChild(function visit(node): void {
      if (ts.isClassDeclaration(node) && node.name && node.heritageClauses) {
        const base = node.heritageClauses.flatMap((clause) => clause.types.map((type) => type.expression.getText()))[0];
        if (base) classes.push([node.name.text, base]);
      }
      node.forEachChild(visit);
    });
  }
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, base] of classes) {
      if (family.has(base) && !family.has(name)) {
        family.add(name);
        grew = true;
      }
    }
  }
  return family;
}
