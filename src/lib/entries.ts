// Pure helpers over content entries: in what order, in which groups and pages. (Drafts never reach them:
// src/content.config.ts leaves drafts out of the collections.)

interface Dated {
  data: { date: Date };
}

/** Newest first; the same date keeps a stable order by id. */
export function newestFirst<T extends Dated & { id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

export interface Group<T> {
  key: string;
  label: string;
  items: T[];
}

/** Items grouped under a vocabulary's labels, in the vocabulary's order; empty groups left out. */
export function groupByVocabulary<T>(
  vocabulary: Record<string, string>,
  items: readonly T[],
  belongsTo: (item: T, key: string) => boolean,
): Group<T>[] {
  return Object.entries(vocabulary)
    .map(([key, label]) => ({ key, label, items: items.filter((item) => belongsTo(item, key)) }))
    .filter((g) => g.items.length > 0);
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
  }));
}

/** Up to `n` other entries sharing the most tags with `current`, newest first among equals. */
export function related<T extends Dated & { id: string; data: { tags: readonly string[] } }>(
  entries: readonly T[],
  current: T,
  n: number,
): T[] {
  const mine = new Set(current.data.tags);
  return newestFirst(entries.filter((e) => e.id !== current.id))
    .map((e) => ({ e, shared: e.data.tags.filter((t) => mine.has(t)).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, n)
    .map((x) => x.e);
}
