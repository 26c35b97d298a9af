// Lint: TypeScript rules plus the layering rules of STYLE.md §1.
import tseslint from "typescript-eslint";

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
