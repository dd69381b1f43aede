/**
 * The link targets of a feature collection: id, kind and gazetteer names. Shared by the pipeline
 * (`npm run data`) and the browser's "Add an article" form, so both link the same way. Pure.
 */
import { FEATURE_KINDS, isFeatureKind } from '../domain/kinds.js';
import type { LinkTarget } from './link-rules.js';

/** The properties a feature needs to be a link target. */
export interface TargetProperties {
  id: string;
  kind: string;
  name: string;
  nameVariants?: readonly string[];
  nameAr?: string;
}

/** The link targets of features: places link by `name`, `nameVariants` and `nameAr`. */
export function linkTargets(collection: {
  features: readonly { properties: TargetProperties }[];
}): LinkTarget[] {
  return collection.features.map(({ properties: p }) => ({
    id: p.id,
    kind: p.kind,
    names:
      isFeatureKind(p.kind) && FEATURE_KINDS[p.kind].linkByName
        ? [p.name, ...(p.nameVariants ?? []), ...(p.nameAr ? [p.nameAr] : [])].filter(
            (name) => typeof name === 'string' && name.trim() !== '',
          )
        : [],
  }));
}
