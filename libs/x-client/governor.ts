/**
 * The governor every X call goes through. It learns each endpoint's 15-minute window from the
 * `x-rate-limit-*` headers (per endpoint and token), waits for the reset instead of calling into
 * a closed window, retries 429s after the reset (with jitter, so callers do not stampede) and
 * 5xx/timeouts/cut connections with capped exponential backoff, at most three attempts in all
 * (Google SRE ch. 22), and bounds every call with a total timeout.
 */
import { XError, toXError } from './errors.js';

export interface RateWindow {
  limit: number;
  remaining: number;
  /** Epoch milliseconds. */
  resetAt: number;
}

export interface GovernorOptions {
  maxAttempts?: number;
  /** First backoff step for 5xx and network failures. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Longest the governor will sleep for a rate window; longer waits fail with X_RATE_LIMITED. */
  maxWaitMs?: number;
  /** Whole-call limit, across the wait for the response. */
  totalTimeoutMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface AttemptInfo {
  attempt: number;
  waitedMs: number;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class Governor {
  private readonly windows = new Map<string, RateWindow>();
  readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxWaitMs: number;
  private readonly totalTimeoutMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(opts: GovernorOptions = {}) {
    this.maxAttempts = opts.maxAttempts ?? 3;
    this.baseDelayMs = opts.baseDelayMs ?? 500;
    this.maxDelayMs = opts.maxDelayMs ?? 8_000;
    // A full 15-minute window plus jitter: a caller that asks to wait may wait one whole window.
    this.maxWaitMs = opts.maxWaitMs ?? 16 * 60_000;
    this.totalTimeoutMs = opts.totalTimeoutMs ?? 30_000;
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? defaultSleep;
    this.random = opts.random ?? Math.random;
  }

  /** The window last seen for this endpoint and token, if any. */
  window(key: string): RateWindow | undefined {
    return this.windows.get(key);
  }

  /** Records what X's headers said about a window. */
  learn(key: string, w: RateWindow | undefined): void {
    if (w) this.windows.set(key, w);
  }

  /**
   * Runs `call` under the window `key`. The call reports the window it saw (from headers,
   * success or failure) through `learn`. Returns the result and how many attempts it took.
   * `once`: no retries, for calls that are not idempotent (creating a post).
   */
  async run<T>(
    key: string,
    call: () => Promise<T>,
    opts: { once?: boolean } = {},
  ): Promise<{ value: T; info: AttemptInfo }> {
    let waitedMs = 0;
    for (let attempt = 1; ; attempt++) {
      // A call sent once never sleeps for a window: its caller recorded an intent just before,
      // and a long sleep would let the caller's own "did it happen?" check run while it waits.
      waitedMs += await this.waitForWindow(key, opts.once ? 0 : this.maxWaitMs);
      try {
        const value = await this.withTimeout(call());
        return { value, info: { attempt, waitedMs } };
      } catch (raw) {
        const err = toXError(raw);
        if (err.code === 'X_RATE_LIMITED' && err.retryAt) {
          this.windows.set(key, {
            limit: this.windows.get(key)?.limit ?? 0,
            remaining: 0,
            resetAt: err.retryAt,
          });
        }
        // A write that may have landed (a timeout, a 5xx) is never sent twice from here: the
        // caller checks what happened before trying again.
        if (opts.once || !err.transient || attempt >= this.maxAttempts) throw err;
        if (err.code !== 'X_RATE_LIMITED') {
          const delay = this.backoff(attempt);
          await this.sleep(delay);
          waitedMs += delay;
        }
      }
    }
  }

  /** Full jitter (AWS Builders' Library): uniform in [0, min(max, base·2^(n-1))]. */
  backoff(attempt: number): number {
    const cap = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(this.random() * cap);
  }

  private async waitForWindow(key: string, maxWaitMs: number): Promise<number> {
    const w = this.windows.get(key);
    if (!w || w.remaining > 0) return 0;
    const until = w.resetAt - this.now();
    if (until <= 0) {
      this.windows.delete(key);
      return 0;
    }
    // Up to a second of jitter so many waiters do not hit X in the same instant.
    const wait = until + Math.round(this.random() * 1000);
    if (wait > maxWaitMs) {
      throw new XError(
        'X_RATE_LIMITED',
        `X's rate window for ${key.split('|')[0]} reopens in ${Math.ceil(until / 1000)} s`,
        429,
        w.resetAt,
      );
    }
    await this.sleep(wait);
    this.windows.delete(key);
    return wait;
  }

  private withTimeout<T>(p: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new XError('X_TIMEOUT', `X did not answer within ${this.totalTimeoutMs} ms`)),
        this.totalTimeoutMs,
      );
    });
    return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
  }
}
