// Matching what a resident typed against a title or list item: diacritics optional, d matches đ.
import { foldVietnamese } from './slug.ts';

/** Folded, lowercase, punctuation as spaces (dots inside codes such as 1.001193 kept). */
export function normalise(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+|\.(?!\p{N})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How well a (normalised) text answers the query: 2 when it holds the whole query as a phrase,
 * 1 when every word typed begins one of its words, 0 otherwise. "dang ky khai tu" then finds the
 * death registration, not every "thủ tục" whose words merely start with "tu".
 */
export function matchScore(text: string, query: string): 0 | 1 | 2 {
  const q = normalise(query);
  if (!q) return 0;
  if (` ${text} `.includes(` ${q}`)) return 2;
  const words = text.split(' ');
  return q.split(' ').every((typed) => words.some((w) => w.startsWith(typed))) ? 1 : 0;
}

/**
 * A search score adjusted by the result's names (its title, and the name residents use for it): a name
 * holding the query as a phrase triples it, one holding every word typed raises it by 60%, and a name
 * barely longer than the query adds up to half again.
 */
export function titleBoost(score: number, names: readonly string[], query: string): number {
  const q = normalise(query);
  let best = 1;
  for (const name of names) {
    const t = normalise(name);
    if (!t) continue;
    const match = matchScore(t, q);
    if (match === 0) continue;
    const coverage = Math.min(1, q.length / t.length);
    best = Math.max(best, (match === 2 ? 3 : 1.6) * (1 + 0.5 * coverage));
  }
  return score * best;
}
