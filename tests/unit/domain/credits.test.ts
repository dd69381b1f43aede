import { describe, expect, it } from 'vitest';
import { creditLineHtml, dataCredits } from '../../../src/domain/credits.js';
import { LAYER_CREDITS } from '../../../src/pipeline/geodata/credits.js';

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

  it('credits GSHHG and GeoNames for the rivers and places layers, by their pipeline credit lines', () => {
    expect(dataCredits(Object.values(LAYER_CREDITS).map((source) => feature(source)))).toEqual([
      'Natural Earth (public domain)',
      'GeoNames (CC BY 4.0)',
      'Wikipedia (CC BY-SA 4.0)',
      'GSHHG, P. Wessel and W. H. F. Smith (LGPL-3+)',
    ]);
  });
});
