// Lint: TypeScript rules plus the layering rules of STYLE.md §1.
import tseslint from "typescript-eslint";
import { workspaceScopeRule } from "./scripts/lint/workspace-scope-rule.mjs";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      "lib/generated/",
      "test-results/",
      "playwright-report/",
      "next-env.d.ts",
      "prisma/schema-engine-wasm.mjs",
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // app/ never touches the database directly: it calls lib/ use cases.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db/client", message: "app/ calls lib/<domain> use cases; it does not query the database." },
            { name: "@prisma/client", message: "app/ calls lib/<domain> use cases; it does not query the database." },
          ],
          patterns: [
            { group: ["@/lib/generated/*", "**/generated/prisma/*"], message: "app/ does not use the Prisma client." },
          ],
        },
      ],
    },
  },
  {
    // One mutation idiom (issue 18): a server action revalidates what it changed, so its answer redraws the page;
    // a refresh after it is a second round trip. (The sign-in, set-up and invitation pages refresh after next-auth's
    // signIn, which is no server action; the live updates refresh on other people's changes: both outside app/w.)
    files: ["app/w/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='refresh']",
          message: "Call revalidatePath in the server action instead of refreshing from the client (issue 18).",
        },
      ],
    },
  },
  {
    // Workspace scoping goes through one helper per model (scope.ts) and lib/db/scope-sql.ts (issue 18).
    files: ["lib/**/*.ts", "app/**/*.{ts,tsx}"],
    ignores: ["**/scope.ts", "lib/db/scope-sql.ts"],
    plugins: { factdesk: { rules: { "workspace-scope": workspaceScopeRule } } },
    rules: { "factdesk/workspace-scope": "error" },
  },
  {
    // lib/ is plain TypeScript usable outside Next.js; only lib/auth may use next-auth and next/*.
    files: ["lib/**/*.ts"],
    ignores: ["lib/auth/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "next-auth", "next-auth/*", "react", "react-dom"],
              message: "lib/ stays free of Next.js and React (STYLE.md §1).",
            },
          ],
        },
      ],
    },
  },
);
