/**
 * Tools for teachers, mounted with one call from `src/main.ts` (before `ctx.hash.start()`, so
 * their URL keys apply on load): presenter mode, the timeline, the zone-width explorer, the rival
 * reading and export. See each module.
 */
import type { FeatureCollection } from 'geojson';
import type { AppContext } from '../app/app-context.js';
import type { Series } from '../app/series.js';
import { mountCompare } from './compare.js';
import { el } from '../app/dom.js';
import { mountExplorer } from './explorer.js';
import { mountExport } from './export.js';
import { mountPresenter } from './presenter.js';
import { mountTimeline } from './timeline.js';
import './teacher.css';

/** The data files the tools measure against, besides the context's features. */
export interface TeacherData {
  territory: FeatureCollection;
  /** The villages, loaded when a tool first needs them. */
  loadSettlements: () => Promise<FeatureCollection>;
  /** Who held what over time, loaded when first needed. */
  loadSeries: () => Promise<Series>;
}

/** Mounts every teacher tool into `host` (a section of the side panel). */
export function mountTeacherTools(ctx: AppContext, host: HTMLElement, data: TeacherData): void {
  const present = el(
    'button',
    { type: 'button', id: 'present-button', class: 'present-button', 'aria-pressed': 'false' },
    'Present (projector mode)',
  );
  const panel = (id: string) => el('details', { id, class: 'teacher-panel' });
  const timeline = panel('teacher-timeline');
  const explorer = panel('teacher-explorer');
  const compare = panel('teacher-compare');
  const exporter = panel('teacher-export');
  host.append(
    el('h2', { id: 'teacher-heading' }, 'For teachers'),
    present,
    timeline,
    explorer,
    compare,
    exporter,
  );

  const updateExport = mountExport(ctx, exporter);
  mountCompare(ctx, compare);
  mountPresenter(ctx, {
    trigger: present,
    onChapter: (chapter) => updateExport({ chapter }),
  });
  mountTimeline(ctx, timeline, data.loadSeries, (date) => updateExport({ date }));
  mountExplorer(ctx, explorer, data);
}
