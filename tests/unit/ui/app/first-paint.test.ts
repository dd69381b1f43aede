import { describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, nextTask } from '../../../../src/ui/app/first-paint.js';

type Callback = (list: { getEntriesByName: (name: string) => unknown[] }) => void;

/** A window with fake timers and, unless `paint` is false, a PerformanceObserver for paints. */
function fakeWindow(options: { painted?: boolean; paint?: boolean } = {}) {
  const observers: { callback: Callback; disconnected: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = options.paint === false ? ['mark'] : ['paint', 'mark'];
    record: { callback: Callback; disconnected: boolean };
    constructor(callback: Callback) {
      this.record = { callback, disconnected: false };
      observers.push(this.record);
    }
    observe(): void {}
    disconnect(): void {
      this.record.disconnected = true;
    }
  }
  const win = {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    performance: {
      getEntriesByName: (name: string) =>
        options.painted && name === 'first-contentful-paint' ? [{ name }] : [],
    },
    PerformanceObserver: FakeObserver,
  } as unknown as Window;
  const paint = () =>
    observers.forEach((o) =>
      o.callback({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) }),
    );
  return { win, observers, paint };
}

describe('afterFirstPaint', () => {
  it('resolves at once where the first paint was already reported', async () => {
    const { win, observers } = fakeWindow({ painted: true });
    await afterFirstPaint(win, 60_000);
    expect(observers).toHaveLength(0);
  });

  it('waits for the paint entry, then stops observing', async () => {
    vi.useFakeTimers();
    try {
      const { win, observers, paint } = fakeWindow();
      let done = false;
      const waiting = afterFirstPaint(win, 60_000).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(1000);
      expect(done).toBe(false);
      paint();
      await waiting;
      expect(done).toBe(true);
      expect(observers[0]?.disconnected).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up after the timeout where no paint is reported (a hidden tab)', async () => {
    vi.useFakeTimers();
    try {
      const { win, observers } = fakeWindow();
      let done = false;
      void afterFirstPaint(win, 1500).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(1499);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
      expect(observers[0]?.disconnected).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('falls back to the timeout in a browser without paint timing', async () => {
    vi.useFakeTimers();
    try {
      const { win, observers } = fakeWindow({ paint: false });
      let done = false;
      void afterFirstPaint(win, 500).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(500);
      expect(done).toBe(true);
      expect(observers).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('nextTask', () => {
  it('resolves in a later task, with scheduler.yield where there is one', async () => {
    const order: string[] = [];
    const plain = { setTimeout: (fn: () => void) => setTimeout(fn, 0) } as unknown as Window;
    const waiting = nextTask(plain).then(() => order.push('after'));
    order.push('now');
    await waiting;
    expect(order).toEqual(['now', 'after']);
    const yielded = vi.fn(() => Promise.resolve());
    await nextTask({ scheduler: { yield: yielded } } as unknown as Window);
    expect(yielded).toHaveBeenCalledOnce();
  });
});
