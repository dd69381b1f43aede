import { describe, expect, it } from 'vitest';
import { creditLineHtml, dataCredits } from '../../../src/domain/credits.js';

describe('the credit line the build writes into the page', () => {
  const feature = (...sources: string[]) => ({ properties: { provenance: { sources } } });
  it('credits Natural Earth always and other sources only when a feature names them', () => {
    expect(creditLineHtml([feature('GeoNames id 170063')])).toBe(
      'Natural Earth (public domain) · GeoNames (CC BY 4.0) · <button type="button" class="link-button">Credits</button>',
    );
    expect(dataCredits([feature('OSM via HOTOSM'), feature('Wikipedia infobox')])).toEqual([
      'Natural Earth (public domain)',
      '© OpenStreetMap contributors (ODbL)',
      'Wikipedia (CC BY-SA 4.0)',
    ]);
  });
});
