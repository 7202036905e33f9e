import { AsyncLocalStorage } from "node:async_hooks";

type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, unknown>;

const LEVELS: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LogLine extends Fields {
  time: string;
  level: Level;
  msg: string;
  requestId?: string;
}

export interface LoggerOptions {
  /** JSON lines (production, log collectors) or one readable line per entry (development) */
  format: "json" | "pretty";
  minLevel?: Level;
  /** where lines go; stdout/stderr by level unless given (tests collect them) */
  write?: (line: LogLine, text: string) => void;
}

// On globalThis: Next bundles instrumentation.ts and each route separately, and all of them must
// share one configuration and one request scope.
const shared = ((globalThis as Record<symbol, unknown>)[Symbol.for("atelier.logger")] ??= {
  scope: new AsyncLocalStorage<Fields>(),
  options: { format: "pretty" } as LoggerOptions,
}) as { scope: AsyncLocalStorage<Fields>; options: LoggerOptions; root?: Logger };

/** What every log line of one request (or job run) carries: its request id and anything else bound. */
const scope = shared.scope;

/** Runs `fn` with `fields` (e.g. `{ requestId }`) on every line logged inside it, across awaits. */
export function withLogFields<T>(fields: Fields, fn: () => T): T {
  return scope.run({ ...scope.getStore(), ...fields }, fn);
}

export function currentLogFields(): Fields {
  return scope.getStore() ?? {};
}

/** Errors as plain fields (name, message, stack, and an HTTP status when a provider gave one). */
function serialise(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const status = (value as { statusCode?: unknown }).statusCode;
  return { name: value.name, message: value.message, ...(typeof status === "number" ? { statusCode: status } : {}), stack: value.stack };
}

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

/** A small structured logger: one line per entry, with the current request's fields. */
export function createLogger(options: LoggerOptions, bound: Fields = {}): Logger {
  const min = LEVELS[options.minLevel ?? "info"];
  const emit = (level: Level, msg: string, fields: Fields = {}) => {
    if (LEVELS[level] < min) return;
    const extra = Object.fromEntries(Object.entries({ ...bound, ...fields }).map(([k, v]) => [k, serialise(v)]));
    const line: LogLine = { time: new Date().toISOString(), level, msg, ...currentLogFields(), ...extra };
    const text = options.format === "json" ? JSON.stringify(line) : pretty(line);
    if (options.write) return options.write(line, text);
    (level === "error" || level === "warn" ? process.stderr : process.stdout).write(`${text}\n`);
  };
  return {
    debug: (m, f) => emit("debug", m, f),
    info: (m, f) => emit("info", m, f),
    warn: (m, f) => emit("warn", m, f),
    error: (m, f) => emit("error", m, f),
    child: (fields) => createLogger(options, { ...bound, ...fields }),
  };
}

function pretty({ time, level, msg, requestId, ...rest }: LogLine): string {
  const err = rest.err as { stack?: string } | undefined;
  delete rest.err;
  const tail = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : "";
  return `${time.slice(11, 23)} ${level.toUpperCase().padEnd(5)} ${requestId ? `[${requestId.slice(0, 8)}] ` : ""}${msg}${tail}${err?.stack ? `\n${err.stack}` : ""}`;
}

/** The process's logger; the web app configures it once at start-up (JSON in production). */
export function logger(): Logger {
  return (shared.root ??= createLogger(shared.options));
}

export function configureLogger(options: LoggerOptions) {
  shared.options = options;
  shared.root = createLogger(options);
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** An incoming `x-request-id` when it looks like one (so a proxy's id carries through), else a fresh one. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
