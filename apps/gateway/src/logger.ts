import type { YogaLogger } from "graphql-yoga";

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 50 } as const;
export type LogLevel = keyof typeof LEVELS;

/** A logger that writes one JSON object per line, and also serves as yoga's logger. */
export interface Logger extends YogaLogger {
  /** Logs an event with structured fields, e.g. log("info", "request", { status: 200 }). */
  log: (level: Exclude<LogLevel, "silent">, msg: string, fields?: Record<string, unknown>) => void;
}

function serialize(value: unknown): unknown {
  return value instanceof Error
    ? { name: value.name, message: value.message, stack: value.stack }
    : value;
}

export function createLogger(
  level: LogLevel = (process.env.LOG_LEVEL as LogLevel | undefined) ?? "info",
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const threshold = LEVELS[level] ?? LEVELS.info;
  const log: Logger["log"] = (lvl, msg, fields) => {
    if (LEVELS[lvl] < threshold) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...fields }));
  };
  // Yoga logs with console-style arguments: a message and/or errors and objects.
  const yogaStyle =
    (lvl: Exclude<LogLevel, "silent">) =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      const msg =
        typeof first === "string" ? first : first instanceof Error ? first.message : "yoga";
      const details = (typeof first === "string" ? rest : args).map(serialize);
      log(lvl, msg, details.length ? { details } : undefined);
    };
  return {
    log,
    debug: yogaStyle("debug"),
    info: yogaStyle("info"),
    warn: yogaStyle("warn"),
    error: yogaStyle("error"),
  };
}
