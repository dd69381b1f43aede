import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import {
  fitScreen,
  frameOf,
  mercX,
  mercY,
  pathData,
  simplify,
} from '../../../src/map/static/frame.js';
import { newEdges } from '../../../src/map/static/shapes.js';
import { LABEL_TIERS, labelTiers } from '../../../src/map/static/label-tiers.js';
import { escapeXml, staticMapSvg } from '../../../src/map/static/static-svg.js';
import { IDLIB_BOUNDS } from '../../../src/map/bounds.js';

describe('the static map frame', () => {
  it('is the first view in MapLibre Mercator units (world pixels at zoom 7)', () => {
    expect(mercX(0)).toBe(512 * 2 ** 6);
    expect(mercY(0)).toBeCloseTo(512 * 2 ** 6, 6);
    const frame = frameOf();
    expect(frame.width).toBeCloseTo(((IDLIB_BOUNDS[2] - IDLIB_BOUNDS[0]) / 360) * 512 * 2 ** 7, 6);
  });

  it("matches the view box size the stylesheet's scale is computed from", () => {
    const css = readFileSync('src/ui/app/static-map.css', 'utf8');
    const frame = frameOf();
    const [w, h] = [frame.width, frame.height].map((v) => (Math.round(v * 100) / 100).toString());
    expect(css).toContain(`min(100cqw / 1px / ${w}, 100cqh / 1px / ${h})`);
  });

  it('hides each tier of city names below its scale, as the stylesheet says', () => {
    const css = readFileSync('src/ui/app/static-map.css', 'utf8');
    const frame = frameOf();
    const px = (v: number) => `${Number(v.toFixed(1))}px`;
    LABEL_TIERS.forEach((scale, i) => {
      expect(css).toContain(
        `@container (width < ${px(scale * frame.width)}) or (height < ${px(scale * frame.height)}) {\n  .static-map-svg .l${i + 1} {`,
      );
    });
  });

  it('drops the names that would overlap, in data order, at small scales only', () => {
    const idlib = { x: 100, y: 100, text: 'Idlib' };
    const ariha = { x: 110, y: 104, text: 'Ariha' };
    expect(labelTiers([idlib, ariha, { x: 300, y: 300, text: 'Hama' }])).toEqual([0, 1, 0]);
    expect(labelTiers([idlib, { ...ariha, x: 128 }])).toEqual([0, 2]);
  });

  it("fits as MapLibre's fitBounds does: the tighter axis fills, the other is centred", () => {
    const frame = frameOf();
    const wide = fitScreen(frame, 2000, 500);
    expect(wide.scale).toBeCloseTo(500 / frame.height);
    expect(wide.offsetY).toBeCloseTo(0);
    expect(wide.offsetX).toBeCloseTo((2000 - frame.width * wide.scale) / 2);
  });
});

describe('static map geometry', () => {
  it('simplifies within the tolerance and keeps the ends', () => {
    const line = [
      [0, 0],
      [1, 0.1],
      [2, 0],
      [3, 5],
      [4, 0],
    ];
    expect(simplify(line, 0.5)).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
      [4, 0],
    ]);
  });

  it('writes short relative path data, dropping repeated points and tiny rings', () => {
    expect(
      pathData(
        [
          [
            [0.4, 0],
            [10, 0.2],
            [10, 0.3],
            [5, -4],
          ],
        ],
        true,
      ),
    ).toBe('M0 0l10 0l-5-4z');
    expect(
      pathData(
        [
          [
            [0, 0],
            [0.2, 0.1],
            [0.3, 0],
          ],
        ],
        true,
      ),
    ).toBe('');
  });

  it('draws a border two areas share once', () => {
    const drawn = new Set<string>();
    const square = (x: number) => ({
      type: 'Polygon' as const,
      coordinates: [
        [
          [x, 0],
          [x + 1, 0],
          [x + 1, 1],
          [x, 1],
          [x, 0],
        ],
      ],
    });
    newEdges(square(0), drawn);
    const second = newEdges(square(1), drawn);
    expect(second.type === 'MultiLineString' && second.coordinates.flat()).not.toContainEqual([
      1, 0.5,
    ]);
    const edges = second.type === 'MultiLineString' ? second.coordinates : [];
    expect(edges.flat().length).toBe(4);
  });
});

describe('the static map SVG', () => {
  const load = (file: string) =>
    JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as FeatureCollection;
  const data = {
    basemap: load('basemap.geojson'),
    features: load('idlib-buffer-zone.geojson'),
    territory: load('territory.geojson'),
  };

  it('names every feature of the first view and says what the picture shows', () => {
    const svg = staticMapSvg(data);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Map of the Idlib demilitarised zone/);
    const kinds = ['city', 'observation-point', 'contact-line', 'highway', 'province'];
    for (const f of data.features.features.filter((f) => kinds.includes(f.properties?.['kind']))) {
      if (f.properties?.['id'] === 'city-damascus') continue; // far south of the first view
      expect(svg).toContain(`data-feature-id="${String(f.properties?.['id'])}"`);
    }
    expect(svg).toContain('data-feature-id="dmz-15km"');
    expect(svg).not.toContain('dmz-split');
  });

  it('escapes names, so data cannot write markup into the page', () => {
    expect(escapeXml('<script>"a" & b</script>')).toBe(
      '&lt;script&gt;&quot;a&quot; &amp; b&lt;/script&gt;',
    );
    const hostile = structuredClone(data);
    const city = hostile.features.features.find((f) => f.properties?.['kind'] === 'city');
    if (city?.properties) city.properties['name'] = '<img src=x onerror=alert(1)>';
    expect(staticMapSvg(hostile)).not.toContain('<img');
  });
});
