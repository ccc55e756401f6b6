// Which procedure guides a phone keeps for use without a network (src/integrations/service-worker.ts) and the
// offline page lists: the common ones first, then the rest by title, up to a bound, so that the one-time
// download stays about half a megabyte however many guides a unit publishes.

/** About 12 kB each over the wire: 60 guides are some 700 kB, once. */
export const maxOfflineGuides = 60;

export function offlineGuides<G extends { id: string; data: { title: string; common?: boolean | undefined } }>(
  guides: readonly G[],
  max = maxOfflineGuides,
): G[] {
  return [...guides]
    .sort(
      (a, b) =>
        Number(Boolean(b.data.common)) - Number(Boolean(a.data.common)) ||
        a.data.title.localeCompare(b.data.title, 'vi'),
    )
    .slice(0, max);
}
