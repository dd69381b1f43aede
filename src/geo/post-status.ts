/** An observation post's status on a day, from its sourced history. Pure. */

/** One dated status of a post (`statusHistory` on each `op-*` feature). */
export interface PostStatusEntry {
  date: string;
  status: 'established' | 'surrounded' | 'evacuated';
  basis: string;
}

/** The last status on or before `day` (ISO), or `undefined` before the first. */
export function statusOn(
  history: readonly PostStatusEntry[],
  day: string,
): PostStatusEntry | undefined {
  let current: PostStatusEntry | undefined;
  for (const entry of [...history].sort((a, b) => a.date.localeCompare(b.date)))
    if (entry.date <= day) current = entry;
  return current;
}

/** The history as published on a feature, or `[]`. */
export function historyOf(properties: Record<string, unknown>): PostStatusEntry[] {
  const raw = properties['statusHistory'];
  return Array.isArray(raw) ? (raw as PostStatusEntry[]) : [];
}
