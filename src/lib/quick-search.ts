// The compact search index: the names residents search by (guides' titles, short titles, codes and form
// codes, life events; FAQ questions; article titles; topics), small enough to come with the search page.
// It gives the first results at once; Pagefind's full text comes after and only adds to the list.
import { normalise } from './text-match.ts';

export interface QuickEntry {
  /** Path under the base, as a result links to it (a FAQ answer by its anchor). */
  url: string;
  title: string;
  /** Other names: the short title residents use. */
  names?: string[];
  /** Words that point here without being a name: codes, form codes, life events, topic, field. */
  keys?: string;
  /** A sentence or two shown under the title: the summary, or the start of the answer. */
  text: string;
  /** Page type, as Pagefind's «loai» filter. */
  type: string;
  /** Field of a procedure, as Pagefind's «linh-vuc» filter. */
  field?: string;
  /** A procedure residents meet often (wins ties, as in the full-text ranking). */
  common?: true;
}

export interface QuickIndex {
  entries: QuickEntry[];
  /** Pagefind's page id → path under the base, added after Pagefind has indexed the build. */
  pages?: Record<string, string>;
}

export interface QuickHit {
  url: string;
  title: string;
  /** The entry's text, HTML-escaped, with the words typed in <mark>. */
  excerpt: string;
  type: string;
  field?: string | undefined;
  score: number;
}

interface Folded {
  entry: QuickEntry;
  /** The folded names, each padded with spaces. */
  names: string[];
  /** Each folded word, with the weight of the best place it is in: a name 3, a key 2, the text 1. */
  words: Map<string, number>;
}

/** The index ready to search: every text folded once (diacritics, đ, case, punctuation). */
export class QuickSearch {
  readonly index: QuickIndex;
  readonly #folded: Folded[];

  constructor(index: QuickIndex) {
    this.index = index;
    this.#folded = index.entries.map((entry) => {
      const names = [entry.title, ...(entry.names ?? [])].map((n) => ` ${normalise(n)} `);
      const words = new Map<string, number>();
      for (const [text, weight] of [
        [entry.text, 1],
        [entry.keys ?? '', 2],
        [names.join(' '), 3],
      ] as const) {
        for (const w of normalise(text).split(' ')) if (w) words.set(w, weight);
      }
      return { entry, names, words };
    });
  }

  /**
   * The entries that answer the query, best first, at most `limit`. An entry answers when the words it
   * holds carry at least half the weight of the words typed (a rare word weighs more than «thủ tục»).
   * Words match whole (an unfinished word is left to Pagefind, which matches the start of words).
   */
  search(query: string, limit: number, filters: Record<string, string[]> = {}): QuickHit[] {
    const q = normalise(query);
    const typed = [...new Set(q.split(' '))];
    const fit = (f: Folded, w: string): number => f.words.get(w) ?? 0;
    const rarity = typed.map((w) =>
      Math.log(1 + this.#folded.length / (1 + this.#folded.filter((f) => fit(f, w)).length)),
    );
    const total = rarity.reduce((a, b) => a + b, 0);
    const hits: QuickHit[] = [];
    for (const f of this.#folded) {
      const { entry } = f;
      if (filters.loai?.length && !filters.loai.includes(entry.type)) continue;
      if (filters['linh-vuc']?.length && !filters['linh-vuc'].includes(entry.field ?? '')) continue;
      let got = 0;
      let score = 0;
      typed.forEach((w, i) => {
        const value = fit(f, w);
        if (value > 0) got += rarity[i] ?? 0;
        score += value * (rarity[i] ?? 0);
      });
      if (got < total / 2) continue;
      // The whole query as a phrase in a name, the more so in a name barely longer (as titleBoost does).
      const phrase = Math.max(
        1,
        ...f.names.map((n) => (n.includes(` ${q}`) ? 3 * (1 + 0.5 * Math.min(1, q.length / n.length)) : 1)),
      );
      hits.push({
        url: entry.url,
        title: entry.title,
        excerpt: entry.text,
        type: entry.type,
        field: entry.field,
        score: score * (got / total) * phrase * (entry.common ? 1.3 : 1),
      });
    }
    return hits
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((h) => ({ ...h, excerpt: highlight(h.excerpt, typed) }));
  }
}

/** Text made safe to place between tags (never inside an attribute). */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text, escaped, with each word whose folded form is one of the words typed wrapped in <mark>. */
export function highlight(text: string, typed: readonly string[]): string {
  const wanted = new Set(typed);
  return text
    .split(/([\p{L}\p{N}]+)/u)
    .map((part, i) => {
      const safe = escapeHtml(part);
      return i % 2 === 1 && wanted.has(normalise(part)) ? `<mark>${safe}</mark>` : safe;
    })
    .join('');
}

/** The start of a plain text for the compact index: at most `max` characters, cut between words. */
export function plainStart(text: string, max = 220): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}
