/**
 * The map's symbols drawn onto a 2D canvas: one drawing for the legend, the PNG export and the
 * print handout, from the same patterns and icons MapLibre draws (`./images.ts`) and the same
 * colours, widths and dashes as the style layers, so what the key shows is what the map shows.
 */
import { PALETTE } from '../domain/palette.js';
import { SHIELD_TEXT, symbolImage, type ImageId } from './images.js';
import type { Swatch } from './layers/layer.js';

/** The legend's swatch size, CSS pixels. */
export const SWATCH = { width: 28, height: 18 } as const;

/** A rectangle on the canvas. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A canvas holding one of the map's images at its own size, or `null` without a 2D context. */
function imageCanvas(g: CanvasRenderingContext2D, id: ImageId): HTMLCanvasElement | null {
  const image = symbolImage(id);
  const canvas = g.canvas.ownerDocument.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const c = canvas.getContext('2d');
  if (!c) return null;
  const pixels = c.createImageData(image.width, image.height);
  pixels.data.set(image.data);
  c.putImageData(pixels, 0, 0);
  return canvas;
}

function fill(g: CanvasRenderingContext2D, s: Extract<Swatch, { shape: 'fill' }>, b: Box): void {
  g.fillStyle = PALETTE.syria;
  g.fillRect(b.x, b.y, b.width, b.height);
  g.globalAlpha = s.opacity;
  g.fillStyle = s.color;
  g.fillRect(b.x, b.y, b.width, b.height);
  g.globalAlpha = 1;
  const tile = s.pattern ? imageCanvas(g, s.pattern) : null;
  const pattern = tile ? g.createPattern(tile, 'repeat') : null;
  if (pattern) {
    g.globalAlpha = s.patternOpacity ?? 1;
    g.fillStyle = pattern;
    g.fillRect(b.x, b.y, b.width, b.height);
    g.globalAlpha = 1;
  }
  g.strokeStyle = s.edge ?? '#999999';
  g.lineWidth = s.edge ? 1.5 : 0.5;
  g.strokeRect(b.x + 0.5, b.y + 0.5, b.width - 1, b.height - 1);
}

function line(g: CanvasRenderingContext2D, s: Extract<Swatch, { shape: 'line' }>, b: Box): void {
  const y = b.y + b.height / 2;
  const stroke = (color: string, width: number, dash: readonly number[]) => {
    g.strokeStyle = color;
    g.lineWidth = width;
    // MapLibre's dashes are in line widths.
    g.setLineDash(dash.map((d) => d * s.width));
    g.beginPath();
    g.moveTo(b.x + 1, y);
    g.lineTo(b.x + b.width - 1, y);
    g.stroke();
  };
  if (s.casing) stroke(s.casing, s.width + 3, []);
  g.globalAlpha = s.opacity ?? 1;
  stroke(s.color, Math.min(s.width, b.height), s.dash ?? []);
  g.globalAlpha = 1;
  g.setLineDash([]);
}

function icon(g: CanvasRenderingContext2D, id: ImageId, b: Box): void {
  const tile = imageCanvas(g, id);
  if (!tile) return;
  const scale = Math.min(b.width / tile.width, b.height / tile.height);
  const w = tile.width * scale;
  const h = tile.height * scale;
  g.drawImage(tile, b.x + (b.width - w) / 2, b.y + (b.height - h) / 2, w, h);
}

/** Draws `swatch` into the box `b` of `g`. */
export function drawSwatch(g: CanvasRenderingContext2D, swatch: Swatch, b: Box): void {
  switch (swatch.shape) {
    case 'fill':
      return fill(g, swatch, b);
    case 'line':
      return line(g, swatch, b);
    case 'icon': {
      const s = swatch.scale ?? 1;
      const w = b.width * s;
      const h = b.height * s;
      return icon(g, swatch.image, {
        x: b.x + (b.width - w) / 2,
        y: b.y + (b.height - h) / 2,
        width: w,
        height: h,
      });
    }
    case 'text':
      g.fillStyle = swatch.color;
      g.font = `bold ${Math.round(b.height * 0.5)}px sans-serif`;
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.fillText(swatch.text, b.x + b.width / 2, b.y + b.height / 2, b.width - 2);
      g.textAlign = 'start';
      g.textBaseline = 'alphabetic';
      return;
    case 'circle': {
      const r = Math.min(b.width, b.height) * 0.25;
      g.beginPath();
      g.arc(b.x + b.width / 2, b.y + b.height / 2, r, 0, Math.PI * 2);
      g.fillStyle = swatch.hollow ? PALETTE.labelHalo : swatch.color;
      g.fill();
      g.strokeStyle = swatch.ring ?? (swatch.hollow ? swatch.color : PALETTE.labelHalo);
      g.lineWidth = Math.max(1.5, r / 3);
      g.stroke();
      return;
    }
    case 'shield': {
      const inset = { x: b.x + 1, y: b.y + 1, width: b.width - 2, height: b.height - 2 };
      const tile = imageCanvas(g, 'shield');
      if (tile) g.drawImage(tile, inset.x, inset.y, inset.width, inset.height);
      g.fillStyle = SHIELD_TEXT;
      g.font = `bold ${Math.round(b.height * 0.6)}px sans-serif`;
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.fillText(swatch.text, b.x + b.width / 2, b.y + b.height / 2 + 0.5, b.width - 4);
      g.textAlign = 'start';
      g.textBaseline = 'alphabetic';
      return;
    }
  }
}

/** A canvas element showing `swatch` at the legend's size, hidden from assistive technology. */
export function swatchCanvas(doc: Document, swatch: Swatch): HTMLCanvasElement {
  const canvas = doc.createElement('canvas');
  canvas.width = SWATCH.width;
  canvas.height = SWATCH.height;
  canvas.setAttribute('aria-hidden', 'true');
  canvas.className = 'swatch';
  canvas.dataset['shape'] = swatch.shape;
  const g = canvas.getContext('2d');
  if (g) drawSwatch(g, swatch, { x: 0, y: 0, ...SWATCH });
  return canvas;
}
