/**
 * Benchmark of the dated series (issue 12): the whole series from the tables in `geodata/`
 * (load, derive every interval, zone shares, certainty, publish), and a synthetic stress case of
 * 60 intervals on the real 17 Sep 2018 table (opposition places on the line flipped to the
 * government one a week apart, south first; fictitious changes, used only here). Target: under
 * 10 s for the whole series. The machine is shared: wall time grows with other load, CPU time
 * (this process, all threads) much less.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildSeries } from '../../src/pipeline/geodata/build-series.js';
import { loadGeodataInputs, seriesInputs } from '../../src/pipeline/geodata/geodata-inputs.js';
import type { ChangeRow } from '../../src/pipeline/geodata/dated-tables.js';
import { basisCategory } from '../../src/pipeline/geodata/dated-tables.js';
import { deriveSeries, zoneShares } from '../../src/pipeline/geodata/derive-series.js';
import {
  certaintyCollection,
  territorySeriesCollection,
} from '../../src/pipeline/geodata/publish-series.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TARGET_MS = 10_000;

/** Prints the time of the whole series from geodata/ and of a 60-interval synthetic series. */
export function benchTerritorySeries(): void {
  const inputs = loadGeodataInputs(root);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const series = buildSeries(seriesInputs(inputs, 'method', ['source']));
  const { control, syria, derivation: d } = inputs;
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const intervals = series.zoneShare.length;
  console.log(
    `  geodata/: ${intervals} interval(s), whole series in ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU ` +
      `(${(ms / intervals).toFixed(0)} ms/interval), territory.geojson ${(JSON.stringify(series.territory).length / 1e3).toFixed(0)} kB; ` +
      `${verdict(ms, cpuMs)}`,
  );
  const base = control.rows.map((r) => ({ ...r, basis: basisCategory(r.controlBasis) }));
  const flips = base
    .filter((r) => r.control === 'opposition' && r.role === 'line')
    .sort((a, b) => a.coordinates[1] - b.coordinates[1])
    .slice(0, 60);
  const changes = flips.map((r, i): ChangeRow => ({
    place: r.id,
    date: new Date(Date.UTC(2019, 4, 1 + i * 7)).toISOString().slice(0, 10),
    control: 'government',
    basis: i % 3 === 0 ? 'direct' : 'inferred',
    sources: ['synthetic (bench)'],
    verify: false,
    note: '',
    line: i + 2,
  }));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const synthetic = deriveSeries(base, [], changes, syria, d);
  const t1 = performance.now();
  zoneShares(synthetic, { 'dmz-15km': d.zone15, 'dmz-20km': d.zone20, 'dmz-split': d.split10 });
  const t2 = performance.now();
  const published = territorySeriesCollection(synthetic, d, 'method', ['source']);
  certaintyCollection(synthetic);
  const t3 = performance.now();
  const cpu3 = process.cpuUsage(cpu0);
  console.log(
    `  synthetic: ${synthetic.length} intervals in ${(t3 - t0).toFixed(0)} ms wall, ${((cpu3.user + cpu3.system) / 1000).toFixed(0)} ms CPU ` +
      `(derive ${(t1 - t0).toFixed(0)}, zone shares ${(t2 - t1).toFixed(0)}, certainty and publish ${(t3 - t2).toFixed(0)}), ` +
      `territory.geojson ${(JSON.stringify(published).length / 1e3).toFixed(0)} kB; ` +
      `${verdict(t3 - t0, (cpu3.user + cpu3.system) / 1000)}`,
  );
}

function verdict(wallMs: number, cpuMs: number): string {
  const target = `the ${TARGET_MS / 1000} s target`;
  if (wallMs < TARGET_MS) return `under ${target}`;
  return cpuMs < TARGET_MS
    ? `wall time over ${target}, CPU time under it (the machine is busy: load ${loadavg()[0]?.toFixed(1)})`
    : `OVER ${target}`;
}
