/**
 * "Download image": the map as the reader sees it, drawn into a 1600 × 1200 PNG with the title,
 * the legend of the visible layers, the attribution and the date.
 */
import type { LegendEntry } from '../../map/layer-groups.js';
import { drawSwatch } from '../../map/symbols.js';
import { inertText } from '../app/text.js';

/** Size of the exported image, pixels. */
export const IMAGE_SIZE = { width: 1600, height: 1200 } as const;

/** What the image says besides the map. */
export interface ImageText {
  title: string;
  /** e.g. "Situation on 17 Sep 2018 · exported 22 Nov 2026". */
  date: string;
  attribution: string;
  /** The legend of what the map draws (visible groups and overlays). */
  legend: readonly LegendEntry[];
}

const HEADER = 90;
const FOOTER = 70;

/** Draws the export; `map` is the MapLibre canvas, or `null` without WebGL. */
export function drawExport(map: HTMLCanvasElement | null, raw: ImageText): HTMLCanvasElement {
  // Every text drawn goes through the same text-safety function as the screen.
  const text: ImageText = {
    title: inertText(raw.title),
    date: inertText(raw.date),
    attribution: inertText(raw.attribution),
    legend: raw.legend.map((entry) => ({ ...entry, label: inertText(entry.label) })),
  };
  const canvas = document.createElement('canvas');
  canvas.width = IMAGE_SIZE.width;
  canvas.height = IMAGE_SIZE.height;
  const g = canvas.getContext('2d');
  if (!g) return canvas;
  const { width, height } = IMAGE_SIZE;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  const area = { x: 0, y: HEADER, w: width, h: height - HEADER - FOOTER };
  if (map && map.width > 0 && map.height > 0) {
    // The whole view, as seen: fitted inside the area and centred, the margins in the sea's colour.
    const scale = Math.min(area.w / map.width, area.h / map.height);
    const dw = map.width * scale;
    const dh = map.height * scale;
    g.fillStyle = '#dfe6ea';
    g.fillRect(area.x, area.y, area.w, area.h);
    g.drawImage(map, area.x + (area.w - dw) / 2, area.y + (area.h - dh) / 2, dw, dh);
  } else {
    g.fillStyle = '#ece8df';
    g.fillRect(area.x, area.y, area.w, area.h);
    g.fillStyle = '#333333';
    g.font = '28px sans-serif';
    g.fillText('The map could not be drawn in this browser (no WebGL).', 40, area.y + 60);
  }
  g.fillStyle = '#111111';
  g.font = 'bold 34px sans-serif';
  g.fillText(text.title, 30, 50, width - 60);
  g.font = '22px sans-serif';
  g.fillStyle = '#333333';
  g.fillText(text.date, 30, 80, width - 60);
  drawLegend(g, text.legend, area.y + area.h);
  g.fillStyle = '#ffffff';
  g.fillRect(0, height - FOOTER, width, FOOTER);
  g.fillStyle = '#222222';
  g.font = '18px sans-serif';
  wrap(g, text.attribution, 30, height - FOOTER + 28, width - 60, 24);
  return canvas;
}

function drawLegend(
  g: CanvasRenderingContext2D,
  entries: readonly LegendEntry[],
  bottom: number,
): void {
  if (entries.length === 0) return;
  const row = 30;
  const boxH = entries.length * row + 50;
  const boxW = 620;
  const x = 20;
  const y = bottom - boxH - 20;
  g.fillStyle = 'rgba(255,255,255,0.92)';
  g.fillRect(x, y, boxW, boxH);
  g.strokeStyle = '#333333';
  g.lineWidth = 1;
  g.strokeRect(x, y, boxW, boxH);
  g.fillStyle = '#111111';
  g.font = 'bold 20px sans-serif';
  g.fillText('Legend', x + 14, y + 30);
  g.font = '17px sans-serif';
  entries.forEach((entry, i) => {
    const cy = y + 55 + i * row;
    drawSwatch(g, entry.swatch, { x: x + 14, y: cy - 12, width: 34, height: 22 });
    g.fillStyle = '#111111';
    g.fillText(entry.label, x + 60, cy + 4, boxW - 74);
  });
}

function wrap(
  g: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  max: number,
  lineHeight: number,
): void {
  let line = '';
  let row = 0;
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (g.measureText(next).width > max && line) {
      g.fillText(line, x, y + row * lineHeight);
      row++;
      line = word;
    } else line = next;
  }
  if (line) g.fillText(line, x, y + row * lineHeight);
}

/** Encodes a canvas as a PNG blob. */
export function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}
