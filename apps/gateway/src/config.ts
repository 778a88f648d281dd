// Every environment variable the server reads, parsed and checked in one place. A bad value
// stops the process at start with a message naming the variable (see server.ts).
import { readFileSync } from "node:fs";
import { z } from "zod";
import { DEFAULT_LIMITS, DEFAULT_RESPONSE_CACHE } from "./limits.js";

const int = (min: number, fallback: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min))
    .optional()
    .transform((value) => value ?? fallback);

const origins = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "*")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .refine(
    (list) => list.every((o) => o === "*" || /^https?:\/\/[^/\s?#]+$/.test(o)),
    'must be "*" or comma-separated origins such as https://example.org (scheme and host, no path)',
  );

/** The file descriptors this process may open (Linux), to keep connections below them. */
function descriptorLimit(): number | undefined {
  try {
    const limits = readFileSync("/proc/self/limits", "utf8");
    const soft = /Max open files\s+(\d+)/.exec(limits)?.[1];
    return soft ? Number(soft) : undefined;
  } catch {
    return undefined;
  }
}

// Below the descriptor limit, with room for the files and sockets the process opens itself.
const defaultMaxConnections = Math.max(64, Math.min(10_000, (descriptorLimit() ?? 10_256) - 256));

/** Variable name → what it means, its default, and its parser. The README's table lists these. */
export const ENVIRONMENT = {
  PORT: {
    about: "port to listen on (0 picks a free one)",
    default: "4000",
    schema: int(0, 4000).pipe(z.number().max(65_535)),
  },
  HOST: {
    about: "address to bind; 0.0.0.0 in a container",
    default: "127.0.0.1",
    schema: z
      .string()
      .trim()
      .min(1)
      .optional()
      .transform((v) => v ?? "127.0.0.1"),
  },
  CORS_ORIGINS: { about: "comma-separated origins allowed by CORS", default: "*", schema: origins },
  LOG_LEVEL: {
    about: "debug, info, warn, error or silent",
    default: "info",
    schema: z
      .enum(["debug", "info", "warn", "error", "silent"])
      .optional()
      .transform((v) => v ?? "info"),
  },
  STATIC_DIR: {
    about: "folder of static files (the dashboard) served on non-API paths",
    default: "none",
    schema: z.string().trim().min(1).optional(),
  },
  PERSISTED_OPERATIONS: {
    about: "path of a persisted-operations manifest (hash → document)",
    default: "none",
    schema: z.string().trim().min(1).optional(),
  },
  PERSISTED_OPERATIONS_ONLY: {
    about: '"true": accept only the manifest\'s operations',
    default: "false",
    schema: z
      .enum(["true", "false"])
      .optional()
      .transform((v) => v === "true"),
  },
  SHUTDOWN_DRAIN_MS: {
    about: "after SIGTERM, how long the server keeps serving as usual before it stops listening",
    default: "1000",
    schema: int(0, 1000),
  },
  SHUTDOWN_TIMEOUT_MS: {
    about: "then, how long open requests and idle connections get before they are closed",
    default: "10000",
    schema: int(0, 10_000),
  },
  HEADERS_TIMEOUT_MS: {
    about: "time a client has to send a request's headers (slow clients are cut off)",
    default: "10000",
    schema: int(1000, 10_000),
  },
  REQUEST_TIMEOUT_MS: {
    about: "time a client has to send a whole request",
    default: "30000",
    schema: int(1000, 30_000),
  },
  KEEP_ALIVE_TIMEOUT_MS: {
    about: "how long an idle keep-alive connection is kept open",
    default: "5000",
    schema: int(0, 5000),
  },
  MAX_CONNECTIONS: {
    about:
      "open connections at most; more are refused (default: below the file-descriptor limit, at most 10000)",
    default: String(defaultMaxConnections),
    schema: int(1, defaultMaxConnections),
  },
  MAX_RESPONSE_BYTES: {
    about: "bytes of one response at most (RESPONSE_TOO_LARGE)",
    default: String(DEFAULT_LIMITS.maxResponseBytes),
    schema: int(1024, DEFAULT_LIMITS.maxResponseBytes),
  },
  COMPRESSION_MIN_BYTES: {
    about: "API answers of this many bytes or more are compressed (brotli, gzip) when accepted",
    default: "1024",
    schema: int(0, 1024),
  },
  CACHE_MAX_BYTES: {
    about: "bytes kept by every cache together, keys included; 0 turns caching off",
    default: String(DEFAULT_RESPONSE_CACHE.maxBytes),
    schema: int(0, DEFAULT_RESPONSE_CACHE.maxBytes),
  },
} as const;

type Environment = typeof ENVIRONMENT;
export type Config = { [K in keyof Environment]: z.output<Environment[K]["schema"]> };

/** Thrown for a variable that does not parse; its message names the variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Reads and checks every variable of `env`; throws ConfigError naming each bad one. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const config: Record<string, unknown> = {};
  for (const [name, { schema }] of Object.entries(ENVIRONMENT)) {
    const raw = env[name] === "" ? undefined : env[name];
    const parsed = (schema as z.ZodType).safeParse(raw);
    if (parsed.success) config[name] = parsed.data;
    else problems.push(`${name}: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  if (problems.length > 0) throw new ConfigError(`invalid environment: ${problems.join(", ")}`);
  return config as Config;
}
