import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../../../src/ui/teacher/export.js';

describe('embed snippet', () => {
  it('is an iframe of this page with the current view in its hash and a title', () => {
    const snippet = embedSnippet('https://example.org/idlib/?x=1#old', '#present&chapter=3');
    expect(snippet).toMatch(
      /^<iframe src="https:\/\/example\.org\/idlib\/\?x=1#present&chapter=3" /,
    );
    expect(snippet).toMatch(/ title="The Idlib demilitarised zone[^"]*" /);
    expect(snippet).toMatch(/<\/iframe>$/);
  });

  it('cannot be broken out of by a quote in the address', () => {
    const snippet = embedSnippet('https://example.org/a"b/', '');
    // Five attributes, two quotes each: none from the address.
    expect(snippet.match(/"/g)?.length).toBe(10);
    expect(snippet).toContain('a%22b');
  });
});
