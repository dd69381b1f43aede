import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { STORY } from '../../src/content/story.js';
import type { Chapter } from '../../src/content/story-types.js';
import { LAYER_GROUPS } from '../../src/map/layer-groups.js';
import { PROJECTOR_SCALE } from '../../src/map/display-scale.js';
import { openRecordedPage, useChromium, waitForMap } from './browser.js';
import { labelInkHeight } from './label-ink.js';
import { expectCleanPage, hashOf, layerShown, openTeacherApp } from './teacher-page.js';

const baseUrl = inject('baseUrl');
const screenshot = fileURLToPath(new URL('screenshots/teacher-projector.png', import.meta.url));
const browser = useChromium();
const artifact = (name: string) => fileURLToPath(new URL(`.artifacts/${name}`, import.meta.url));

const titleOf = (n: number) => STORY.chapters[n - 1]?.title ?? '';

describe('presenter mode', () => {
  it('opens a chapter from the URL, with its layers, caption and quotes, in the projector theme', async () => {
    const record = await openTeacherApp(browser(), baseUrl, '#present&chapter=3');
    const { page } = record;
    const chapter: Chapter | undefined = STORY.chapters[2];
    if (!chapter) throw new Error('no chapter 3');
    expect(await page.textContent('#presenter-title')).toBe(chapter.title);
    expect(await page.getAttribute('body', 'class')).toContain('projector');
    expect(await hashOf(page)).toMatchObject({ present: '', chapter: '3' });
    for (const group of LAYER_GROUPS)
      expect(await layerShown(page, group.id), group.id).toBe(chapter.layers.includes(group.id));
    expect(await page.textContent('#presenter')).toContain(chapter.caption);
    expect(await page.locator('#presenter blockquote').count()).toBe(chapter.quotes.length);
    const theme = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('#presenter') as HTMLElement);
      return { bg: style.backgroundColor, fg: style.color, size: parseFloat(style.fontSize) };
    });
    expect(theme).toEqual({
      bg: 'rgb(0, 0, 0)',
      fg: 'rgb(255, 255, 255)',
      size: expect.any(Number),
    });
    expect(theme.size).toBeGreaterThanOrEqual(22);
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshot });
    expectCleanPage(record);
    await record.context.close();
  });

  it('moves by arrows, Page Up/Down (clicker), Space, Home and End; N shows notes; Esc leaves', async () => {
    const record = await openTeacherApp(browser(), baseUrl);
    const { page } = record;
    await page.click('#present-button');
    expect(await page.textContent('#presenter-title')).toBe(titleOf(1));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('presenter-title');
    const last = STORY.chapters.length;
    const steps: [string, number][] = [
      ['ArrowRight', 2],
      ['PageDown', 3],
      ['Space', 4],
      ['ArrowLeft', 3],
      ['PageUp', 2],
      ['End', last],
      ['ArrowRight', last],
      ['Home', 1],
      ['ArrowLeft', 1],
    ];
    for (const [key, n] of steps) {
      await page.keyboard.press(key);
      expect(await page.textContent('#presenter-title'), key).toBe(titleOf(n));
      expect((await hashOf(page))['chapter'], key).toBe(String(n));
    }
    expect(await page.isVisible('#presenter-notes')).toBe(false);
    await page.keyboard.press('n');
    expect(await page.isVisible('#presenter-notes')).toBe(true);
    expect(await page.textContent('#presenter-notes')).toContain(STORY.chapters[0]?.notes ?? '?');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#presenter')).toBe(false);
    expect(await page.getAttribute('body', 'class')).not.toContain('projector');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('present-button');
    expect(await hashOf(page)).not.toHaveProperty('present');
    // Layers are back as they were before presenting (the defaults).
    for (const group of LAYER_GROUPS)
      expect(await layerShown(page, group.id), group.id).toBe(group.defaultVisible);
    await page.keyboard.press('ArrowRight');
    expect(await page.isVisible('#presenter')).toBe(false);
    expectCleanPage(record);
    await record.context.close();
  });

  it('follows a pasted link to another chapter and ignores an out-of-range one', async () => {
    const record = await openTeacherApp(browser(), baseUrl, '#present&chapter=2');
    const { page } = record;
    await page.evaluate(() => (location.hash = '#present&chapter=9'));
    await page.waitForFunction(() => document.body.dataset['chapter'] === '9');
    expect(await page.textContent('#presenter-title')).toBe(titleOf(9));
    // The last chapter draws the 2020 protocol's M4 corridor (6 km either side).
    await page.evaluate(() => (location.hash = '#present&chapter=10'));
    await page.waitForFunction(() => Number(document.body.dataset['corridor']) > 0);
    console.log(`presenter: M4 corridor ${await page.getAttribute('body', 'data-corridor')} km²`);
    await page.evaluate(() => (location.hash = '#present&chapter=99'));
    await page.waitForFunction(() => document.body.dataset['chapter'] === '1');
    expect(await page.textContent('#notices')).toMatch(/chapter/);
    expectCleanPage(record);
    await record.context.close();
  });

  it('draws the map’s labels at least twice as tall for the projector, and normal again after', async () => {
    // The projector's own size (see PROJECTOR_SCALE).
    const record = await openRecordedPage(browser(), baseUrl, { width: 1920, height: 1080 });
    const { page } = record;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}#present&chapter=1`);
    expect(await waitForMap(page)).toBe('idle');
    const idlib: [number, number] = [36.6339, 35.9306];
    const idle = () =>
      page.waitForFunction(() => document.body.hasAttribute('data-map-idle'), undefined, {
        timeout: 30_000,
      });
    await page.waitForTimeout(500);
    await idle();
    // The city dot is a 24-px image at pixel ratio 2, its dark disc 4.5 px in radius, × the icon scale.
    const projected = await labelInkHeight(page, idlib, 4.5 * PROJECTOR_SCALE.icon);
    await page.locator('#map canvas').screenshot({ path: artifact('projector-map.png') });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    await idle();
    const normal = await labelInkHeight(page, idlib, 4.5);
    await page.locator('#map canvas').screenshot({ path: artifact('normal-map.png') });
    console.log(
      `projector scale: "Idlib" label ink ${projected.height} px tall in presenter mode, ${normal.height} px on the normal map`,
    );
    expect(normal.height).toBeGreaterThanOrEqual(7);
    expect(projected.height).toBeGreaterThanOrEqual(2 * normal.height);
    expectCleanPage(record);
    await record.context.close();
  });
});
