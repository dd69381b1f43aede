import { describe, expect, it } from 'vitest';
import { HashState, formatHash, parseHash } from '../../../../src/ui/app/hash-state.js';
import { fakeWindow } from '../support/fake-app.js';

describe('parseHash / formatHash', () => {
  it('round-trips keys and values with reserved characters, keeping , : / readable', () => {
    const entries = new Map([
      ['view', '36.6,35.8,9.2'],
      ['article', '000:12'],
      ['q', 'a&b=c إدلب'],
    ]);
    const hash = formatHash(entries);
    expect(hash).toContain('view=36.6,35.8,9.2');
    expect(hash).toContain('article=000:12');
    expect(parseHash(hash)).toEqual(entries);
  });
  it('keeps malformed escapes as raw text instead of throwing', () => {
    expect(parseHash('#f=%E0%A4%A&x')).toEqual(
      new Map([
        ['f', '%E0%A4%A'],
        ['x', ''],
      ]),
    );
  });
});

describe('HashState', () => {
  it('applies keys in registration order and writes values back', () => {
    const win = fakeWindow('#b=2&a=1');
    const applied: string[] = [];
    const problems: string[] = [];
    const state = new HashState(win, (m) => problems.push(m));
    const a = state.register({
      key: 'a',
      parse: Number,
      format: String,
      apply: (v) => applied.push(`a${v}`),
    });
    state.register({
      key: 'b',
      parse: Number,
      format: String,
      apply: (v) => applied.push(`b${v}`),
    });
    state.start();
    expect(applied).toEqual(['a1', 'b2']);
    expect(problems).toEqual([]);
    a.set(5);
    expect(win.location.hash).toBe('#a=5&b=2');
    a.set(null);
    expect(win.location.hash).toBe('#b=2');
  });
  it('ignores unknown keys and invalid values with a message, never throwing', () => {
    const win = fakeWindow('#zz=1&n=abc');
    const problems: string[] = [];
    const applied: unknown[] = [];
    const state = new HashState(win, (m) => problems.push(m));
    state.register({
      key: 'n',
      label: 'number',
      parse: (raw) => (/^\d+$/.test(raw) ? Number(raw) : undefined),
      format: String,
      apply: (v) => applied.push(v),
    });
    expect(state.applyFromLocation()).toEqual(['zz', 'n']);
    expect(applied).toEqual([null]);
    // One summarised notice per read, naming both.
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"zz"');
    expect(problems[0]).toContain('"abc"');
    expect(win.location.hash).toBe('');
  });
  it('a module that throws while applying is reported and reset, never thrown to the page', () => {
    const win = fakeWindow('#n=1&m=2');
    const problems: string[] = [];
    const applied: unknown[] = [];
    const state = new HashState(win, (m) => problems.push(m));
    state.register({
      key: 'n',
      label: 'bomb',
      parse: Number,
      format: String,
      apply: (v) => {
        applied.push(v);
        if (v !== null) throw new Error('boom');
      },
    });
    state.register({ key: 'm', parse: Number, format: String, apply: (v) => applied.push(v) });
    expect(() => state.start()).not.toThrow();
    expect(applied).toEqual([1, null, 2]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('bomb');
    expect(win.location.hash).toBe('#m=2');
    win.location.hash = '#n=5';
    expect(() => win.fire()).not.toThrow();
  });
  it('never overwrites a hash the browser changed since the last read', async () => {
    const win = fakeWindow('#width=15');
    const state = new HashState(win, () => undefined);
    const applied: string[] = [];
    const width = state.register({
      key: 'width',
      parse: (raw) => raw,
      format: (v) => v,
      apply: (v) => applied.push(`width ${v}`),
    });
    state.register({
      key: 'present',
      parse: (raw) => (raw === '' ? true : undefined),
      format: () => '',
      apply: (v) => applied.push(`present ${v}`),
    });
    state.start();
    // A link sets `#present`; before its hashchange runs, the explorer closes and writes.
    win.location.hash = '#present';
    width.set(null);
    expect(win.location.hash).toBe('#present');
    win.fire();
    expect(applied.slice(-2)).toEqual(['width null', 'present true']);
    width.set('12');
    expect(win.location.hash).toBe('#width=12&present');
  });
  it('re-reads a hash changed without a hashchange before writing over it', async () => {
    const win = fakeWindow('');
    const state = new HashState(win, () => undefined);
    const applied: unknown[] = [];
    const n = state.register({
      key: 'n',
      parse: Number,
      format: String,
      apply: (v) => applied.push(v),
    });
    state.start();
    win.location.hash = '#n=7'; // e.g. another script's replaceState: no hashchange
    n.set(1);
    expect(win.location.hash).toBe('#n=7');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(applied).toEqual([null, 7]);
    n.set(2);
    expect(win.location.hash).toBe('#n=2');
  });
  it('re-applies on hashchange', () => {
    const win = fakeWindow('');
    const applied: unknown[] = [];
    const state = new HashState(win, () => undefined);
    state.register({ key: 'n', parse: Number, format: String, apply: (v) => applied.push(v) });
    state.start();
    win.location.hash = '#n=3';
    win.fire();
    expect(applied).toEqual([null, 3]);
  });
  it('refuses duplicate or malformed keys', () => {
    const state = new HashState(fakeWindow(''), () => undefined);
    const spec = { key: 'n', parse: Number, format: String, apply: () => undefined };
    state.register(spec);
    expect(() => state.register(spec)).toThrow(/twice/);
    expect(() => state.register({ ...spec, key: 'a b' })).toThrow(/a-z0-9/);
  });
});
