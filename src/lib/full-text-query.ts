// Asking Pagefind for what residents typed. Pagefind folds tone and vowel marks (ket hon → kết hôn) but
// not đ; in Vietnamese đ only ever starts a syllable, so each word that starts with d is also tried with đ,
// unless the first results already show how it is spelled. The lists of the variants are then fused.
import { normalise } from './text-match.ts';

const MAX_D_WORDS = 3;

/** A word that starts with d, spelled with đ (its case kept). */
const withStroke = (word: string) => (word[0] === 'D' ? 'Đ' : 'đ') + word.slice(1);

/**
 * The query with each word typed with a plain d spelled as the given names spell it (đăng for dang when
 * the best first result is «Đăng ký…»), and the positions of the words so settled.
 */
export function spellLike(query: string, names: readonly string[]): { query: string; settled: Set<number> } {
  const spelled = new Map<string, string>();
  for (const word of names.join(' ').split(/[^\p{L}\p{N}]+/u)) {
    if (/^[dđ]/i.test(word)) spelled.set(normalise(word), word);
  }
  const settled = new Set<number>();
  const words = query.split(' ').map((w, i) => {
    const name = /^d/i.test(w) ? spelled.get(normalise(w)) : undefined;
    if (!name) return w;
    settled.add(i);
    return /^đ/i.test(name) ? withStroke(w) : w;
  });
  return { query: words.join(' '), settled };
}

/** The query as typed, then with đ for each of (at most three) words that start with d, except those settled. */
export function dVariants(query: string, settled: ReadonlySet<number> = new Set()): string[] {
  const words = query.split(' ');
  const dWords = words
    .map((w, i) => (/^d/i.test(w) && !settled.has(i) ? i : -1))
    .filter((i) => i >= 0)
    .slice(0, MAX_D_WORDS);
  const variants = new Set<string>();
  for (let mask = 0; mask < 1 << dWords.length; mask++) {
    const next = words.map((w, i) => {
      const bit = dWords.indexOf(i);
      if (bit < 0 || !(mask & (1 << bit))) return w;
      return withStroke(w);
    });
    variants.add(next.join(' '));
  }
  return [...variants];
}

export interface Ranked {
  id: string;
}

/**
 * One list from the searches of each query variant, by reciprocal-rank fusion: a page scores
 * 1/(k + rank) in every list it appears in. Pagefind's own scores are not comparable across
 * different queries, ranks are.
 */
export function fuseRanks<T extends Ranked>(lists: readonly (readonly T[])[], k = 60): { item: T; score: number }[] {
  const fused = new Map<string, { item: T; score: number }>();
  for (const list of lists) {
    list.forEach((item, i) => {
      const seen = fused.get(item.id) ?? { item, score: 0 };
      seen.score += 1 / (k + i + 1);
      fused.set(item.id, seen);
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score);
}

/**
 * The pages worth a closer look: the best of every variant's list in turn (first places, then second
 * places…), up to `cap`, each with its fused score. A page that only the đ-spelling finds still
 * makes the cut, even when the plain spelling's list is long.
 */
export function pickCandidates<T extends Ranked>(
  lists: readonly (readonly T[])[],
  cap: number,
): { item: T; score: number }[] {
  const fused = new Map(fuseRanks(lists).map((f) => [f.item.id, f]));
  const picked = new Map<string, { item: T; score: number }>();
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let rank = 0; rank < longest && picked.size < cap; rank++) {
    for (const list of lists) {
      const item = list[rank];
      if (!item || picked.has(item.id) || picked.size >= cap) continue;
      const f = fused.get(item.id);
      if (f) picked.set(item.id, f);
    }
  }
  return [...picked.values()];
}
