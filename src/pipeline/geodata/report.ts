import type { GeodataBuild } from './build-features.js';

/** The figures `npm run data` prints: zone areas, depth samples, control rows, line ends. */
export function formatReport(report: GeodataBuild['report']): string {
  const lines = [
    `geodata: control table: ${report.resolved} places resolved (${report.flagged} flagged verify), ${report.unresolved.length} without a position skipped (${report.unresolved.map((r) => r.id).join(', ')})`,
    `geodata: contact line ${report.lineLengthKm} km, from [${report.lineEnds[0].map((v) => v.toFixed(3)).join(', ')}] to [${report.lineEnds[1].map((v) => v.toFixed(3)).join(', ')}]${report.otherBoundaryKm.length > 0 ? `; other opposition–government edges (pockets, not part of the line): ${report.otherBoundaryKm.join(', ')} km` : ''}`,
    ...Object.entries(report.areasKm2).map(([id, km2]) => `geodata: ${id} area ${km2} km²`),
  ];
  for (const [depth, samples] of Object.entries(report.depths)) {
    const values = samples.map((s) => s.depthKm).sort((a, b) => a - b);
    const near = values.filter((v) => Math.abs(v - Number(depth)) <= 1).length;
    const short = values.filter((v) => v < Number(depth) - 1).length;
    const median = values[Math.floor(values.length / 2)] ?? 0;
    lines.push(
      `geodata: dmz-${depth}km depth at ${values.length} points along the line: min ${values[0]} km, median ${median} km, max ${values[values.length - 1]} km; ${near} within 1 km of ${depth}, ${short} cut short by territory`,
    );
  }
  return lines.join('\n');
}
