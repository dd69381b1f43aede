/**
 * Feature ids other code relies on by name: the pipeline checks they are published, the story
 * highlights them. One list, so they cannot drift apart.
 */

/** The twelve Turkish observation posts of 2017–18, in the order Wikipedia lists them. */
export const OBSERVATION_POST_IDS = [
  'op-salwa',
  'op-qalaat-simaan',
  'op-sheikh-aqil',
  'op-al-eis',
  'op-tell-tuqan',
  'op-sarman',
  'op-anadan',
  'op-zaytuna',
  'op-morek',
  'op-rashidin',
  'op-shir-maghar',
  'op-ishtabraq',
] as const;
