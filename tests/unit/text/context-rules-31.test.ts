/**
 * The context rules written from the thirty-first held-out set (issue 13), after its untuned
 * score, on sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { ids } from './context-links.js';

describe('context rules, from the thirty-first held-out set', () => {
  it('reads a post noun, a copula and the town as the post there', () => {
    expect(ids('The nearest Turkish point is in Morek, east of the road.')).toEqual(['op-morek']);
    expect(ids('A Turkish military point has become besieged in the town of Morek.')).toEqual([
      'op-morek',
    ]);
    expect(ids('The observation post was now surrounded near Morek.')).toEqual(['op-morek']);
  });

  it('keeps the town where the words after the copula are not a participle', () => {
    expect(ids('The point is that in Morek the army advanced.')).toEqual(['city-morek']);
    expect(ids('The post is far from Morek.')).toEqual(['city-morek']);
  });
});
