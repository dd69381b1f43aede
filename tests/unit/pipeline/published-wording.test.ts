/**
 * Issue 14.7: nothing the pipeline publishes says "FROM MEMORY"; a claim or position without a
 * source says so plainly and stays flagged `verify`.
 */
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../../src/pipeline/cli.js';

const outputs = buildAll();
const byName = (name: string) => {
  const output = outputs.find((o) => o.path.endsWith(`/public/data/${name}`));
  if (!output) throw new Error(`no output ${name}`);
  return JSON.parse(output.contents) as {
    features: { properties: Record<string, unknown> }[];
  };
};

describe('published wording', () => {
  it.each(outputs.map((o) => [o.path.replace(/^.*\/public\//u, 'public/'), o.contents]))(
    '%s never says "from memory"',
    (_, contents) => {
      const hits = contents.match(/.{0,60}from memory.{0,20}/giu) ?? [];
      expect(hits).toEqual([]);
    },
  );

  it('an unsourced control claim says "not sourced" and stays flagged verify', () => {
    const rows = byName('settlements.geojson').features.map((f) => f.properties);
    const unsourced = rows.filter((p) => p['controlBasis'] === 'unsourced');
    expect(unsourced.length).toBeGreaterThan(0);
    for (const p of unsourced) {
      expect(p['controlNote']).toMatch(/^control on 17 Sep 2018 not sourced/u);
      expect(p['verify']).toBe(true);
    }
  });

  it('an unsourced post position says "position not sourced: approximate, ±N km"', () => {
    const post = byName('idlib-buffer-zone.geojson').features.find(
      (f) => f.properties['id'] === 'op-sheikh-aqil',
    )?.properties;
    expect(post?.['description']).toMatch(/; position not sourced: approximate, ±4 km$/u);
    expect(post?.['coordBasis']).toBe('unsourced');
    expect(post?.['verify']).toBe(true);
  });
});
