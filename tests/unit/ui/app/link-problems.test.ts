import { describe, expect, it } from 'vitest';
import {
  MAX_LISTED,
  MAX_QUOTED,
  quoteForNotice,
  summariseLinkProblems,
} from '../../../../src/ui/app/link-problems.js';
import { HashState } from '../../../../src/ui/app/hash-state.js';
import { fakeWindow } from '../support/fake-app.js';

describe('summariseLinkProblems', () => {
  it('says nothing when nothing was ignored', () => {
    expect(summariseLinkProblems([])).toBeNull();
  });
  it('shortens huge values and keys, and shows bidi controls as codes', () => {
    const huge = 'x'.repeat(100_000);
    const text = summariseLinkProblems([
      { key: 'date', kind: 'invalid', label: 'timeline date', raw: huge },
      { key: `k\u202e${huge}`, kind: 'unknown' },
    ]);
    expect(text).not.toBeNull();
    expect(text?.length).toBeLessThan(200);
    expect(text).toContain(`"${'x'.repeat(MAX_QUOTED)}…"`);
    expect(text).toContain('[U+202E]');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(quoteForNotice('short')).toBe('"short"');
  });
  it('names the first few and counts the rest', () => {
    const problems = Array.from({ length: 300 }, (_, i) => ({
      key: `k${i}`,
      kind: 'unknown' as const,
    }));
    const text = summariseLinkProblems(problems) ?? '';
    expect(text).toContain('"k0"');
    expect(text).not.toContain(`"k${MAX_LISTED}"`);
    expect(text).toContain(`and ${300 - MAX_LISTED} more`);
  });
  it('300 unknown keys in a link give one notice', () => {
    const hash = `#${Array.from({ length: 300 }, (_, i) => `k${i}=1`).join('&')}`;
    const problems: string[] = [];
    new HashState(fakeWindow(hash), (m) => problems.push(m)).start();
    expect(problems).toHaveLength(1);
  });
});
