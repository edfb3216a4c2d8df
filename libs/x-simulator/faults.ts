/**
 * Fault injection: for the next N requests that match a path pattern and/or a method, answer with
 * a forced status, delay the answer, cut the connection, or send a truncated JSON body. Faults
 * are checked in the order they were added; the first that matches is used and counted down.
 */

export type FaultStatus = 401 | 402 | 403 | 429 | 500 | 502 | 503;

export const FAULT_STATUSES: readonly FaultStatus[] = [401, 402, 403, 429, 500, 502, 503];

/** What to do to matching requests. At most one of `status`, `cut` and `malformed`. */
export interface FaultSpec {
  /** Matched against the request path (e.g. `/2/users/me`); a string is a regex source. */
  path?: RegExp | string;
  /** HTTP method, any case; all methods when absent. */
  method?: string;
  /** How many matching requests are affected. Default 1; `Infinity` until cleared. */
  times?: number;
  /** Delay before answering, in ms (real time, not the simulator clock). */
  latencyMs?: number;
  /** Answer with this status and X's problem body for it (402 is CreditsDepleted). */
  status?: FaultStatus;
  /** Overrides the problem body sent with `status`. */
  body?: unknown;
  /** Destroy the socket without answering. */
  cut?: boolean;
  /** Answer 200 with the real JSON body cut in half. */
  malformed?: boolean;
}

/** A fault as it stands: `remaining` counts down as requests match. */
export interface FaultInfo {
  id: string;
  path?: string;
  method?: string;
  remaining: number;
  latencyMs?: number;
  status?: FaultStatus;
  cut?: boolean;
  malformed?: boolean;
}

/** The fault-injection API of a running simulator (`sim.faults`). */
export interface Faults {
  /** Adds a fault; throws a {@link FaultSpecError} for an inconsistent spec. */
  inject(spec: FaultSpec): FaultInfo;
  /** Removes one fault by id; false when it is already gone. */
  remove(id: string): boolean;
  /** Removes every fault; answers how many there were. */
  clear(): number;
  /** The faults still pending. */
  list(): FaultInfo[];
}

export class FaultSpecError extends TypeError {
  override readonly name = 'FaultSpecError';
}

interface ActiveFault {
  info: FaultInfo;
  path?: RegExp;
  method?: string;
  body?: unknown;
}

/** What the server applies to one request. */
export interface AppliedFault {
  id: string;
  latencyMs: number;
  status?: FaultStatus;
  body?: unknown;
  cut: boolean;
  malformed: boolean;
}

export class FaultInjector implements Faults {
  private readonly active: ActiveFault[] = [];
  private seq = 0;

  inject(spec: FaultSpec): FaultInfo {
    const effects = [spec.status !== undefined, spec.cut === true, spec.malformed === true];
    if (effects.filter(Boolean).length > 1) {
      throw new FaultSpecError('a fault has at most one of status, cut and malformed');
    }
    if (!effects.some(Boolean) && !spec.latencyMs) {
      throw new FaultSpecError('a fault needs a status, cut, malformed or latencyMs');
    }
    if (spec.status !== undefined && !FAULT_STATUSES.includes(spec.status)) {
      throw new FaultSpecError(`status must be one of ${FAULT_STATUSES.join(', ')}`);
    }
    const times = spec.times ?? 1;
    if (!(times === Infinity || (Number.isInteger(times) && times > 0))) {
      throw new FaultSpecError('times must be a positive integer or Infinity');
    }
    const latency = spec.latencyMs ?? 0;
    if (!Number.isFinite(latency) || latency < 0 || latency > 120_000) {
      throw new FaultSpecError('latencyMs must be between 0 and 120000');
    }
    let path: RegExp | undefined;
    try {
      // A global or sticky regex would keep state between requests; matching must not.
      path =
        typeof spec.path === 'string'
          ? new RegExp(spec.path)
          : spec.path && new RegExp(spec.path.source, spec.path.flags.replace(/[gy]/g, ''));
    } catch (e) {
      throw new FaultSpecError(`path is not a valid regular expression: ${(e as Error).message}`);
    }
    const info: FaultInfo = { id: `fault-${++this.seq}`, remaining: times };
    if (path) info.path = path.source;
    if (spec.method) info.method = spec.method.toUpperCase();
    if (latency) info.latencyMs = latency;
    if (spec.status !== undefined) info.status = spec.status;
    if (spec.cut) info.cut = true;
    if (spec.malformed) info.malformed = true;
    this.active.push({ info, path, method: info.method, body: spec.body });
    return { ...info };
  }

  remove(id: string): boolean {
    const i = this.active.findIndex((f) => f.info.id === id);
    if (i < 0) return false;
    this.active.splice(i, 1);
    return true;
  }

  clear(): number {
    const n = this.active.length;
    this.active.length = 0;
    return n;
  }

  list(): FaultInfo[] {
    return this.active.map((f) => ({ ...f.info }));
  }

  /** The fault for a request, counted down (and dropped when used up); undefined when none. */
  take(method: string, path: string): AppliedFault | undefined {
    const i = this.active.findIndex(
      (f) => (!f.method || f.method === method) && (!f.path || f.path.test(path)),
    );
    if (i < 0) return undefined;
    const f = this.active[i];
    f.info.remaining--;
    if (f.info.remaining <= 0) this.active.splice(i, 1);
    const applied: AppliedFault = {
      id: f.info.id,
      latencyMs: f.info.latencyMs ?? 0,
      cut: f.info.cut === true,
      malformed: f.info.malformed === true,
    };
    if (f.info.status !== undefined) applied.status = f.info.status;
    if (f.body !== undefined) applied.body = f.body;
    return applied;
  }
}
