// Pure helpers over content entries: what is public, and in what order.

interface Dated {
  data: { date: Date; draft?: boolean };
}

/** Drafts never reach the public site. */
export function published<T extends { data: { draft?: boolean } }>(entries: readonly T[]): T[] {
  return entries.filter((e) => !e.data.draft);
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
