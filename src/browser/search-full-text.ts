// Pagefind's full-text search, loaded once the first results show (src/browser/search.ts). Words typed
// with d are also tried with đ (lib/search-query.ts), unless the first results already show the spelling.
import type { QuickSearch } from '../lib/quick-search.ts';
import * as routes from '../lib/routes.ts';
import { dVariants, pickCandidates, spellLike } from '../lib/full-text-query.ts';

/** One result as the list shows it. */
export interface Hit {
  url: string;
  title: string;
  /** Page text escaped, matched words in <mark> (Pagefind's excerpt, or the compact index's text). */
  excerpt: string;
  type?: string | undefined;
  field?: string | undefined;
}
import { matchScore, normalise, titleBoost } from '../lib/text-match.ts';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}
interface RawResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface Pagefind {
  options: (o: { baseUrl: string }) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: RawResult[] }>;
}

const base = import.meta.env.BASE_URL;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (
    import(/* @vite-ignore */ `${base}${routes.searchIndex('pagefind.js').slice(1)}`) as Promise<Pagefind>
  ).then(async (pf) => {
    await pf.options({ baseUrl: base });
    return pf;
  });
  return pagefind;
}

/**
 * Pagefind's best pages for a query that are not in `shown`, as many as fit below them within `limit`; a
 * FAQ hit points at the question itself. Pages the compact index knows are ranked by its names, and only
 * the fragments of pages that will be added are fetched.
 */
export async function fullTextHits(
  query: string,
  limit: number,
  filters: Record<string, string[]>,
  shown: readonly Hit[],
  index: QuickSearch | undefined,
): Promise<Hit[]> {
  const pf = await loadPagefind();
  const chosen = Object.entries(filters).filter(([, values]) => values.length > 0);
  const options = chosen.length > 0 ? { filters: Object.fromEntries(chosen.map(([k, any]) => [k, { any }])) } : {};
  // The first result's names show how each d-word is spelled: no need to try both.
  const { query: spelled, settled } = spellLike(query, shown[0] ? [shown[0].title] : []);
  const lists = await Promise.all(dVariants(spelled, settled).map(async (q) => (await pf.search(q, options)).results));
  // The names of the best candidates decide among them (Pagefind scores words, not phrases).
  const candidates = pickCandidates(lists, Math.max(limit, 15));
  const ranked = await Promise.all(
    candidates.map(async ({ item, score }) => {
      const path = index?.index.pages?.[item.id];
      const entry = index?.index.entries.find((e) => e.url === path);
      if (entry) {
        // Known page: ranked by its names, its fragment fetched only if it is shown.
        const rank = titleBoost(score, [entry.title, ...(entry.names ?? [])], query) * (entry.common ? 1.3 : 1);
        return { url: `${base}${entry.url}`, rank, hit: async () => hitOf(await item.data(), query) };
      }
      const d = await item.data();
      const hit = hitOf(d, query);
      const names = d.meta.loai === 'Hỏi đáp' ? [hit.title] : [d.meta.title ?? '', d.meta['goi-la'] ?? ''];
      // Procedures residents meet most often win ties ("chung thuc" → certified copies).
      const rank = titleBoost(score, names, query) * (d.meta['thuong-gap'] ? 1.3 : 1);
      return { url: hit.url, rank, hit: () => Promise.resolve(hit) };
    }),
  );
  const seen = new Set(shown.map((h) => h.url));
  const added: (typeof ranked)[number][] = [];
  for (const r of ranked.sort((a, b) => b.rank - a.rank)) {
    if (shown.length + added.length >= limit) break;
    if (seen.has(r.url)) continue;
    seen.add(r.url);
    added.push(r);
  }
  return Promise.all(added.map((r) => r.hit()));
}

/** A Pagefind result as a hit; on the FAQ page, the question that best matches what was typed. */
function hitOf(d: ResultData, query: string): Hit {
  const fit = (sub: SubResult) => 100 * matchScore(normalise(sub.title), query) + (sub.locations?.length ?? 0);
  const question =
    d.meta.loai === 'Hỏi đáp'
      ? [...(d.sub_results ?? [])].filter((s) => s.url.includes('#')).sort((a, b) => fit(b) - fit(a))[0]
      : undefined;
  return {
    url: question ? question.url : d.url,
    title: question ? question.title : (d.meta.title ?? d.url),
    excerpt: question ? question.excerpt : d.excerpt,
    type: d.meta.loai,
    field: d.meta['linh-vuc'],
  };
}
