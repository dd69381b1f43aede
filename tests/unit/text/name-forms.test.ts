import { describe, expect, it } from 'vitest';
import { withMountainForms } from '../../../src/text/name-forms.js';

describe('withMountainForms', () => {
  it('adds the English forms of "Jabal X" and leaves other names alone', () => {
    expect(withMountainForms('Jabal Shahshabo')).toEqual([
      'Jabal Shahshabo',
      'Shahshabo mountain',
      'Shahshabo mountains',
      'Mount Shahshabo',
      'Shahshabo Mount',
    ]);
    expect(withMountainForms('Jebel al-Zawiya')).toContain('Mount Zawiya');
    expect(withMountainForms('Jabal')).toEqual(['Jabal']);
    expect(withMountainForms('Idlib')).toEqual(['Idlib']);
    expect(withMountainForms('Jabal Anadan al-Kabir')).toEqual(['Jabal Anadan al-Kabir']);
  });
});
