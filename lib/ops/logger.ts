import pino from "pino";

/**
 * The one logger: JSON lines on stdout (what container platforms collect),
 * level from LOG_LEVEL (trace, debug, info, warn, error, fatal; default info,
 * "silent" in tests). Modules take a child with their own `component`, and
 * request-scoped lines carry `requestId` (lib/ops/request-context.ts).
 */
export const logger = pino({
  level: process.env.LOG_LEVEL || (process.env.VITEST ? "silent" : "info"),
  base: { service: "factdesk" },
  timestamp: pino.stdTimeFunctions.isoTime,
  // secrets never reach the log, whatever a caller passes in
  redact: {
    paths: ["password", "*.password", "token", "*.token", "authorization", "*.authorization", "cookie", "*.cookie"],
    censor: "[redacted]",
  },
});

export function componentLogger(component: string): pino.Logger {
  return logger.child({ component });
}
