import type { Rule } from "eslint";

export const workspaceScopeRule: Rule.RuleModule;
