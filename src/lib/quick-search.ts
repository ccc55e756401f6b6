// The compact search index: the names residents search by (guides' titles, short titles, codes and form
// codes, life events; FAQ questions; article titles; topics), small enough to come with the search page.
// It gives the first results at once; Pagefind's full text comes after and only adds to the list.
import { normalise } from './text-match.ts';

/** Where the compact index is published, under the base (written by src/pages/tim-kiem/chi-muc.json.ts). */
export const quickIndexPath = 'tim-kiem/chi-muc.json';

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
  names: string[];
  nameWords: Set<string>;
  keyWords: Set<string>;
  textWords: Set<string>;
  all: string;
}

/** The index ready to search: every text folded once (diacritics, đ, case, punctuation). */
export class QuickSearch {
  readonly index: QuickIndex;
  readonly #folded: Folded[];

  constructor(index: QuickIndex) {
    this.index = index;
    this.#folded = index.entries.map((entry) => {
      const names = [entry.title, ...(entry.names ?? [])].map(normalise);
      const keys = normalise(entry.keys ?? '');
      const text = normalise(entry.text);
      const words = (s: string) => new Set(s.split(' ').filter(Boolean));
      return {
        entry,
        names,
        nameWords: words(names.join(' ')),
        keyWords: words(keys),
        textWords: words(text),
        all: ` ${names.join(' ')} ${keys} ${text} `,
      };
    });
  }

  /** Path under the base of a Pagefind page id, when the index knows it. */
  pageOf(id: string): string | undefined {
    return this.index.pages?.[id];
  }

  /** The entry at a path under the base. */
  entryAt(url: string): QuickEntry | undefined {
    return this.index.entries.find((e) => e.url === url);
  }

  /**
   * The entries that answer the query, best first, at most `limit`. An entry answers when the words it
   * holds carry at least half the weight of the words typed (a rare word weighs more than «thủ tục»).
   */
  search(query: string, limit: number, filters: Record<string, string[]> = {}): QuickHit[] {
    const q = normalise(query);
    const typed = [...new Set(q.split(' ').filter(Boolean))];
    if (typed.length === 0) return [];
    const pool = this.#folded.filter(
      (f) =>
        (!filters.loai?.length || filters.loai.includes(f.entry.type)) &&
        (!filters['linh-vuc']?.length || filters['linh-vuc'].includes(f.entry.field ?? '')),
    );
    const n = this.#folded.length;
    const weight = new Map(
      typed.map((w) => {
        const df = this.#folded.filter((f) => has(f.all, w, w === typed.at(-1))).length;
        return [w, Math.log(1 + n / (1 + df))];
      }),
    );
    const total = [...weight.values()].reduce((a, b) => a + b, 0);
    const hits: QuickHit[] = [];
    for (const f of pool) {
      let got = 0;
      let score = 0;
      typed.forEach((w, i) => {
        const prefix = i === typed.length - 1 && w.length >= 2;
        const place = [
          [f.nameWords, 3],
          [f.keyWords, 2],
          [f.textWords, 1],
        ] as const;
        let best = 0;
        for (const [words, value] of place) {
          if (words.has(w)) best = Math.max(best, value);
          else if (prefix && [...words].some((x) => x.startsWith(w))) best = Math.max(best, value * 0.7);
        }
        if (best > 0) got += weight.get(w) ?? 0;
        score += best * (weight.get(w) ?? 0);
      });
      if (got < total / 2) continue;
      // The whole query as a phrase in a name, or a name barely longer than the query, as titleBoost does.
      let boost = 1;
      for (const name of f.names) {
        if (!` ${name} `.includes(` ${q}`)) continue;
        boost = Math.max(boost, 3 * (1 + 0.5 * Math.min(1, q.length / name.length)));
      }
      if (boost === 1 && f.all.includes(` ${q} `)) boost = 1.5;
      const rank = score * (got / total) * boost * (f.entry.common ? 1.3 : 1);
      hits.push({
        url: f.entry.url,
        title: f.entry.title,
        excerpt: highlight(f.entry.text, typed),
        type: f.entry.type,
        field: f.entry.field,
        score: rank,
      });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}

/** Whether a padded folded text holds the word (or, for the last word typed, a word starting with it). */
function has(padded: string, word: string, prefix: boolean): boolean {
  return padded.includes(prefix ? ` ${word}` : ` ${word} `);
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

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

/**
 * The list after more results arrive: what is shown keeps its place, new pages go below it, up to `limit`.
 * Two hits are the same page when their addresses are the same.
 */
export function mergeBelow<T extends { url: string }>(shown: readonly T[], later: readonly T[], limit: number): T[] {
  const list = [...shown];
  const seen = new Set(shown.map((h) => h.url));
  for (const hit of later) {
    if (list.length >= limit) break;
    if (seen.has(hit.url)) continue;
    seen.add(hit.url);
    list.push(hit);
  }
  return list;
}

/** The start of a text for the compact index: Markdown marks and links' addresses dropped, at most `max` characters. */
export function plainStart(markdown: string, max = 220): string {
  const plain = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>|[*_#>`|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}
