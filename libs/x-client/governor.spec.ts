import fc from 'fast-check';
import { XError } from './errors.js';
import { Governor } from './governor.js';

function clock(start = 1_000_000) {
  let now = start;
  const slept: number[] = [];
  return {
    now: () => now,
    sleep: (ms: number) => {
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    },
    slept,
  };
}

describe(Governor.name, () => {
  it('waits for a closed window to reopen before calling, then calls once', async () => {
    const c = clock();
    const g = new Governor({ now: c.now, sleep: c.sleep, random: () => 0 });
    g.learn('k', { limit: 10, remaining: 0, resetAt: c.now() + 60_000 });
    let calls = 0;
    const { info } = await g.run('k', () => Promise.resolve(++calls));
    expect(calls).toBe(1);
    expect(c.slept).toEqual([60_000]);
    expect(info).toEqual({ attempt: 1, waitedMs: 60_000 });
  });

  it('retries a 429 after the reset it names, without a second sleep of its own', async () => {
    const c = clock();
    const g = new Governor({ now: c.now, sleep: c.sleep, random: () => 0 });
    let calls = 0;
    const { value } = await g.run('k', () => {
      calls++;
      if (calls === 1)
        return Promise.reject(new XError('X_RATE_LIMITED', 'slow down', 429, c.now() + 30_000));
      return Promise.resolve('ok');
    });
    expect(value).toBe('ok');
    expect(c.slept).toEqual([30_000]);
  });

  it('gives up after three attempts on 5xx, backing off in between', async () => {
    const c = clock();
    const g = new Governor({ now: c.now, sleep: c.sleep, random: () => 1, baseDelayMs: 100 });
    let calls = 0;
    await expect(
      g.run('k', () => {
        calls++;
        return Promise.reject(new XError('X_UNAVAILABLE', 'down', 503));
      }),
    ).rejects.toMatchObject({ code: 'X_UNAVAILABLE' });
    expect(calls).toBe(3);
    expect(c.slept).toEqual([100, 200]);
  });

  it('does not retry what another attempt cannot fix', async () => {
    const c = clock();
    const g = new Governor({ now: c.now, sleep: c.sleep });
    for (const code of [
      'X_UNAUTHORIZED',
      'X_FORBIDDEN',
      'X_PAYMENT_REQUIRED',
      'X_BAD_REQUEST',
    ] as const) {
      let calls = 0;
      await expect(
        g.run('k', () => {
          calls++;
          return Promise.reject(new XError(code, 'no'));
        }),
      ).rejects.toMatchObject({ code });
      expect(calls).toBe(1);
    }
  });

  it('refuses to sleep longer than maxWaitMs and says when the window reopens', async () => {
    const c = clock();
    const g = new Governor({ now: c.now, sleep: c.sleep, maxWaitMs: 1000 });
    const resetAt = c.now() + 600_000;
    g.learn('k', { limit: 1, remaining: 0, resetAt });
    await expect(g.run('k', () => Promise.resolve(1))).rejects.toMatchObject({
      code: 'X_RATE_LIMITED',
      retryAt: resetAt,
    });
    expect(c.slept).toEqual([]);
  });

  it('ends a call that takes longer than the total timeout', async () => {
    const g = new Governor({ totalTimeoutMs: 20, maxAttempts: 1 });
    await expect(g.run('k', () => new Promise((r) => setTimeout(r, 500)))).rejects.toMatchObject({
      code: 'X_TIMEOUT',
    });
  });

  it('keeps backoff within [0, min(max, base·2^(n-1))] for any jitter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        (attempt, r) => {
          const g = new Governor({ baseDelayMs: 500, maxDelayMs: 8000, random: () => r });
          const d = g.backoff(attempt);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThanOrEqual(Math.min(8000, 500 * 2 ** (attempt - 1)));
        },
      ),
    );
  });
});
