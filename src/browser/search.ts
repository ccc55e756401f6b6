// Site search (the /tim-kiem/ page, which the header's search box opens, and «Hỏi nhanh» on /hoi-dap/).
// First results come from the compact index (lib/quick-search.ts, a few kB fetched with the search page);
// Pagefind's full text loads after them and only adds pages below, so nothing shown moves. Words typed
// with d are also tried with đ (lib/search-query.ts), unless the first results already show the spelling.
import { mergeBelow, QuickSearch, quickIndexPath, type QuickIndex } from '../lib/quick-search.ts';
import { cleanQuery, dVariants, pickCandidates, spellLike } from '../lib/search-query.ts';
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

export interface Hit {
  url: string;
  title: string;
  /** Page text escaped, matched words in <mark> (Pagefind's excerpt, or the compact index's text). */
  excerpt: string;
  type?: string | undefined;
  field?: string | undefined;
}

const base = import.meta.env.BASE_URL;
let pagefind: Promise<Pagefind> | undefined;
let quick: Promise<QuickSearch | undefined> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ baseUrl: base });
    return pf;
  });
  return pagefind;
}

/** The compact index, fetched once; undefined when it cannot be had (search then waits for Pagefind). */
export function loadQuickIndex(): Promise<QuickSearch | undefined> {
  quick ??= fetch(`${base}${quickIndexPath}`)
    .then(async (r) => (r.ok ? new QuickSearch((await r.json()) as QuickIndex) : undefined))
    .catch(() => undefined);
  return quick;
}

/** The first results: the compact index's answers, with addresses under the base. */
async function firstHits(query: string, limit: number, filters: Record<string, string[]>): Promise<Hit[]> {
  const index = await loadQuickIndex();
  return (index?.search(query, limit, filters) ?? []).map((h) => ({ ...h, url: `${base}${h.url}` }));
}

/**
 * Pagefind's best pages for a query, at most `limit` beyond those in `shown`; a FAQ hit points at the
 * question itself. Pages the compact index knows are ranked by its names, and only the fragments of
 * pages that will be added are fetched.
 */
async function fullTextHits(
  query: string,
  limit: number,
  filters: Record<string, string[]>,
  shown: readonly Hit[],
): Promise<Hit[]> {
  const [pf, index] = await Promise.all([loadPagefind(), loadQuickIndex()]);
  const chosen = Object.entries(filters).filter(([, values]) => values.length > 0);
  const options = chosen.length > 0 ? { filters: Object.fromEntries(chosen.map(([k, any]) => [k, { any }])) } : {};
  // The first result's names show how each d-word is spelled: no need to try both.
  const { query: spelled, settled } = spellLike(query, shown[0] ? [shown[0].title] : []);
  const lists = await Promise.all(dVariants(spelled, settled).map(async (q) => (await pf.search(q, options)).results));
  // The names of the best candidates decide among them (Pagefind scores words, not phrases).
  const candidates = pickCandidates(lists, Math.max(limit, 15));
  const ranked = await Promise.all(
    candidates.map(async ({ item, score }) => {
      const path = index?.pageOf(item.id);
      const entry = path === undefined ? undefined : index?.entryAt(path);
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

/**
 * Searches in two steps, calling `show` with the list each time: the first results from the compact
 * index (when it has any), then the full list, which keeps them in their places and adds Pagefind's below.
 */
export async function searchSite(
  query: string,
  limit: number,
  filters: Record<string, string[]>,
  show: (hits: Hit[], complete: boolean) => void,
): Promise<void> {
  const first = await firstHits(query, limit, filters);
  if (first.length > 0) show(first, false);
  const more = await fullTextHits(query, limit, filters, first);
  show(mergeBelow(first, more, limit), true);
}

function hitItem(doc: Document, hit: Hit): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'card';
  const meta = doc.createElement('p');
  meta.className = 'meta m-0';
  meta.textContent = [hit.type, hit.field].filter(Boolean).join(' · ');
  const a = doc.createElement('a');
  a.href = hit.url;
  a.className = 'card-title';
  a.textContent = hit.title;
  const p = doc.createElement('p');
  p.className = 'mb-0';
  p.innerHTML = hit.excerpt; // Escaped page text with only <mark> added (Pagefind, or lib/quick-search.ts).
  li.append(meta, a, p);
  return li;
}

/** Shows a list whose start may already be on screen: those items stay as they are, the rest are added. */
function showHits(doc: Document, list: HTMLElement, hits: readonly Hit[], complete: boolean): void {
  const kept = [...list.children].filter((li, i) => li.querySelector('a')?.getAttribute('href') === hits[i]?.url);
  if (kept.length !== list.children.length) list.replaceChildren(...kept);
  list.append(...hits.slice(kept.length).map((hit) => hitItem(doc, hit)));
  list.setAttribute('aria-busy', String(!complete));
}

/** The /tim-kiem/ page: reads ?q=, searches, shows the results and a count; later searches stay on the page. */
export function runSearch(doc: Document): void {
  const input = doc.querySelector<HTMLInputElement>('#search-query');
  const status = doc.querySelector<HTMLElement>('#search-status');
  const list = doc.querySelector<HTMLOListElement>('#search-results');
  if (!input || !status || !list) return;
  void loadQuickIndex();
  let current = 0;
  const search = async () => {
    const run = ++current;
    const params = new URL(doc.location.href).searchParams;
    const raw = params.get('q') ?? '';
    const filters: Record<string, string[]> = {};
    for (const [key, id] of [
      ['loai', '#search-type'],
      ['linh-vuc', '#search-field'],
    ] as const) {
      const select = doc.querySelector<HTMLSelectElement>(id);
      const value = params.get(key) ?? '';
      if (select) select.value = [...select.options].some((o) => o.value === value) ? value : '';
      if (value) filters[key] = [value];
    }
    const query = cleanQuery(raw);
    input.value = query || raw.trim().slice(0, 100);
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    if (!raw.trim()) {
      status.textContent = '';
      return;
    }
    if (!query) {
      status.textContent = 'Hãy gõ từ cần tìm bằng chữ hoặc số, ví dụ «khai sinh».';
      return;
    }
    const note = raw.trim().length > query.length ? ' (chỉ tìm theo 100 ký tự đầu)' : '';
    status.textContent = `Đang tìm «${query}»…`;
    let shown = 0;
    try {
      await searchSite(query, 10, filters, (hits, complete) => {
        if (run !== current) return;
        shown = hits.length;
        showHits(doc, list, hits, complete);
        if (!complete) status.textContent = `${hits.length} kết quả đầu cho «${query}»${note}; đang tìm thêm…`;
        else if (hits.length > 0) status.textContent = `Có ${hits.length} kết quả cho «${query}»${note}.`;
        else
          status.textContent = `Không có kết quả cho «${query}»${note}. Thử từ khác, hoặc xem các đường dẫn bên dưới.`;
      });
    } catch {
      if (run !== current) return;
      list.setAttribute('aria-busy', 'false');
      status.textContent =
        shown > 0
          ? `Có ${shown} kết quả cho «${query}»${note}. Chưa tìm được trong toàn bộ nội dung lúc này.`
          : 'Chưa tìm được lúc này. Hãy dùng các đường dẫn bên dưới.';
    }
  };
  // A search from this page stays on it: the address changes as the form would change it (so it can be
  // shared and Back works), and the compact index already here answers at once.
  for (const form of doc.querySelectorAll<HTMLFormElement>('form[role="search"]')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const params = new URLSearchParams();
      for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
      doc.defaultView?.history.pushState(null, '', `${form.action.split('?')[0]}?${params}`);
      void search();
    });
  }
  doc.defaultView?.addEventListener('popstate', () => void search());
  void search();
}

/** «Hỏi nhanh» on /hoi-dap/: the three best answers from the FAQ and the procedure guides. */
export async function quickAsk(doc: Document): Promise<void> {
  const input = doc.querySelector<HTMLInputElement>('#cau-hoi');
  const status = doc.querySelector<HTMLElement>('[data-quick-ask-status]');
  const list = doc.querySelector<HTMLElement>('[data-quick-ask-results]');
  if (!input || !status || !list) return;
  const query = cleanQuery(input.value);
  list.replaceChildren();
  if (!query) {
    status.textContent = 'Hãy gõ câu hỏi của bạn, ví dụ «làm giấy khai sinh ở đâu».';
    return;
  }
  status.textContent = 'Đang tìm câu trả lời…';
  let shown = 0;
  try {
    await searchSite(query, 3, { loai: ['Hỏi đáp', 'Thủ tục'] }, (hits, complete) => {
      if (cleanQuery(input.value) !== query) return;
      shown = hits.length;
      showHits(doc, list, hits, complete);
      status.textContent =
        hits.length > 0
          ? `Các câu trả lời gần nhất cho «${query}»:`
          : `Chưa có câu trả lời cho «${query}». Hãy gửi câu hỏi ở trang Thông tin phản hồi.`;
    });
  } catch {
    list.setAttribute('aria-busy', 'false');
    if (shown === 0) status.textContent = 'Chưa tìm được lúc này. Hãy xem các câu hỏi bên dưới.';
  }
}
