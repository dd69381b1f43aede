import { describe, expect, it } from 'vitest';
import {
  HashState,
  formatHash,
  parseHash,
  type HashWindow,
} from '../../../../src/ui/app/hash-state.js';

function fakeWindow(hash: string) {
  const listeners: (() => void)[] = [];
  const win: HashWindow & { fire(): void } = {
    location: { hash, pathname: '/', search: '' },
    history: {
      replaceState(_data, _unused, url) {
        const text = String(url);
        win.location.hash = text.startsWith('#') ? text : '';
      },
    },
    addEventListener: (_type, listener) => listeners.push(listener),
    fire: () => listeners.forEach((l) => l()),
  };
  return win;
}

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
    expect(problems).toHaveLength(2);
    expect(problems[1]).toContain('"abc"');
    expect(win.location.hash).toBe('');
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
