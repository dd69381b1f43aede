/**
 * The context rules written from the thirty-first, thirty-third and thirty-fifth held-out sets
 * (issue 13), each after its untuned score, on sentences written for the purpose.
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

describe('context rules, from the thirty-third and thirty-fifth held-out sets', () => {
  it('reads a city’s name before "camp" or an "al-" word as part of another name', () => {
    expect(ids('Tents flooded in Halab camp near Darkoush.')).toEqual([]);
    expect(ids('Tents flooded in Halab al-Shehaba.')).toEqual([]);
    expect(ids('The M4, also the Aleppo-Al Hasakah road, reopened.')).toEqual(['m4']);
    expect(ids('Tents flooded in camps near Aleppo.')).toEqual(['city-aleppo']);
    expect(ids('Tents flooded in Aleppo, al-Bab and Azaz.')).toEqual(['city-aleppo']);
  });

  it('reads French and Italian post nouns before the town as the post', () => {
    expect(ids("Le poste d'observation de Morek est encerclé.")).toEqual(['op-morek']);
    expect(ids("Le forze turche si sono ritirate dall'avamposto di Morek.")).toEqual(['op-morek']);
  });

  it('reads French and Italian plurals of the posts as the group, and one unnamed post as none', () => {
    expect(ids("La Turquie a déployé des troupes sur 12 postes d'observation.")).toHaveLength(12);
    expect(ids('Deux autres postes turcs pourraient être évacués.')).toHaveLength(12);
    expect(ids("Un poste d'observation a été bombardé.")).toEqual([]);
  });

  it('reads French and Italian province phrases as the governorate, "au nord de" as the city', () => {
    expect(ids('Il est situé dans le nord de Hama.')).toEqual(['governorate-hama']);
    expect(ids('Un villaggio nella provincia di Hama.')).toEqual(['governorate-hama']);
    expect(ids('La région voisine de Hama.')).toEqual(['governorate-hama']);
    expect(ids('Un village au nord de Hama.')).toEqual(['city-hama']);
  });

  it('links the post by a spelling from the news, "Al Ays"', () => {
    expect(ids('The army left the post of Al Ays.')).toEqual(['op-al-eis']);
  });
});
