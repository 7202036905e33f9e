/**
 * Fault injection for tests: the next `count` API calls matching `method` + `pathPrefix` fail.
 * `when: "before"` fails without doing anything; `when: "after"` does the work (and keeps its
 * idempotent result) and then loses the response: the caller sees a 500 or a timeout although the
 * object exists, as when a network drops an answer. `mode: "timeout"` holds the request open for
 * `delayMs` and then drops the connection without an answer.
 */
export interface FaultSpec {
  status?: number;
  count?: number;
  pathPrefix?: string;
  method?: string;
  when?: "before" | "after";
  mode?: "error" | "timeout";
  delayMs?: number;
}

export interface Fault {
  status: number;
  count: number;
  pathPrefix: string;
  method: string | null;
  when: "before" | "after";
  mode: "error" | "timeout";
  delayMs: number;
  /** how many calls it has failed so far */
  hits: number;
}

export class Faults {
  readonly list: Fault[] = [];

  add(spec: FaultSpec): Fault {
    const when = spec.when ?? "before";
    const mode = spec.mode ?? "error";
    if (!["before", "after"].includes(when)) throw new Error(`fault.when must be "before" or "after" (got ${String(when)})`);
    if (!["error", "timeout"].includes(mode)) throw new Error(`fault.mode must be "error" or "timeout" (got ${String(mode)})`);
    const f: Fault = {
      status: spec.status ?? 500,
      count: spec.count ?? 1,
      pathPrefix: spec.pathPrefix ?? "/v1/",
      method: spec.method?.toUpperCase() ?? null,
      when,
      mode,
      delayMs: spec.delayMs ?? 60_000,
      hits: 0,
    };
    this.list.push(f);
    return f;
  }

  clear() {
    this.list.length = 0;
  }

  /** Takes one use of the first fault matching this call, if any. */
  take(method: string, path: string): Fault | null {
    const f = this.list.find((x) => x.count > 0 && path.startsWith(x.pathPrefix) && (!x.method || x.method === method));
    if (!f) return null;
    f.count--;
    f.hits++;
    return f;
  }
}

export const FAULT_BODY = {
  error: { type: "api_error", message: "An unknown error occurred (payments sandbox fault injection)." },
};
