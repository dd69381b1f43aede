/**
 * The kinds of published feature: one list, read by the pipeline (validation, linking), the
 * layer registry (which layer draws each kind) and the UI (nouns in the list and cards).
 */

/** What the app needs to know about one kind. */
export interface KindInfo {
  /** A short noun, e.g. for "Khan Shaykhun, city or town". */
  noun: string;
  /** Whether articles link to it by its gazetteer names (zone readings share names: no). */
  linkByName: boolean;
}

/** Every feature kind. */
export const FEATURE_KINDS = {
  province: { noun: 'province', linkByName: true },
  governorate: { noun: 'governorate', linkByName: true },
  country: { noun: 'country', linkByName: false },
  'contact-line': { noun: 'contact line', linkByName: true },
  zone: { noun: 'zone', linkByName: false },
  highway: { noun: 'highway', linkByName: true },
  city: { noun: 'city or town', linkByName: true },
  'observation-point': { noun: 'observation post', linkByName: true },
  /** Other populated places (GeoNames cities500), loaded after the first view. */
  place: { noun: 'place', linkByName: false },
} as const satisfies Record<string, KindInfo>;

/** What a feature is; drives styling, grouping in the feature list and linking. */
export type FeatureKind = keyof typeof FEATURE_KINDS;

/** Every kind, in the order above. */
export const KIND_IDS = Object.keys(FEATURE_KINDS) as FeatureKind[];

/** Whether `value` names a kind. */
export function isFeatureKind(value: unknown): value is FeatureKind {
  return typeof value === 'string' && Object.hasOwn(FEATURE_KINDS, value);
}
