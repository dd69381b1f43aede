/** Camera views and lists the chapters share. */
import { OBSERVATION_POST_IDS } from '../../domain/feature-ids.js';
import { SOURCES } from '../sources.js';
import type { Bounds } from '../story-types.js';

/** The Idlib de-escalation area and its edges. */
export const OVERVIEW: Bounds = [35.85, 35.15, 37.35, 36.45];
/** The southern half of the zone, where the 2019–20 offensives went, and the M4 west of Saraqib. */
export const SOUTH: Bounds = [36.05, 35.2, 37.05, 36.0];
/** The contact line and its zone, tighter. */
export const ZONE_VIEW: Bounds = [35.95, 35.25, 37.25, 36.35];

export const ALL_POSTS = OBSERVATION_POST_IDS;
export const MEMO = [
  SOURCES.memorandumTurkishMinute,
  SOURCES.memorandumNational,
  SOURCES.memorandumPa,
];
