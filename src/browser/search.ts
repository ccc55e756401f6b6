// Site search (the /tim-kiem/ page and «Hỏi nhanh» on /hoi-dap/). Pagefind and its index load only
// when the reader searches. Words typed with d are also tried with đ (lib/search-query.ts).
import * as routes from '../lib/routes.ts';
import { cleanQuery, dVariants, pickCandidates } from '../lib/search-query.ts';
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
  preload: (term: string) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: RawResult[] }>;
}

export interface Hit {
  url: string;
  title: string;
  /** Pagefind's excerpt: page text escaped, matched words in <mark>. */
  excerpt: string;
  type?: string | undefined;
  field?: string | undefined;
}

const base = import.meta.env.BASE_URL;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A template string, so Vite wraps the import in its preload helper as it always has. (BASE_URL ends in /,
  // the route starts with one; withBase would cost the search page bytes its budget does not have.)
  pagefind ??= (
    import(/* @vite-ignore */ `${base}${routes.searchIndex('pagefind.js').slice(1)}`) as Promise<Pagefind>
  ).then(async (pf) => {
    await pf.options({ baseUrl: base });
    return pf;
  });
  return pagefind;
}

/** The best pages for a query, at most `limit`; a FAQ hit points at the question itself. */
export async function searchSite(query: string, limit: number, filters: Record<string, string[]> = {}): Promise<Hit[]> {
  const pf = await loadPagefind();
  const chosen = Object.entries(filters).filter(([, values]) => values.length > 0);
  const options = chosen.length > 0 ? { filters: Object.fromEntries(chosen.map(([k, any]) => [k, { any }])) } : {};
  const lists = await Promise.all(dVariants(query).map(async (q) => (await pf.search(q, options)).results));
  // The names of the best candidates decide among them (Pagefind scores words, not phrases).
  const candidates = pickCandidates(lists, Math.max(limit, 15));
  const ranked = await Promise.all(
    candidates.map(async ({ item, score }) => {
      const d = await item.data();
      // On the FAQ page, the question that best matches what was typed, then the answer with most of its words.
      const fit = (sub: SubResult) => 100 * matchScore(normalise(sub.title), query) + (sub.locations?.length ?? 0);
      const question =
        d.meta.loai === 'Hỏi đáp'
          ? [...(d.sub_results ?? [])].filter((s) => s.url.includes('#')).sort((a, b) => fit(b) - fit(a))[0]
          : undefined;
      const names = question ? [question.title] : [d.meta.title ?? '', d.meta['goi-la'] ?? ''];
      const hit: Hit = {
        url: question ? question.url : d.url,
        title: question ? question.title : (d.meta.title ?? d.url),
        excerpt: question ? question.excerpt : d.excerpt,
        type: d.meta.loai,
        field: d.meta['linh-vuc'],
      };
      // Procedures residents meet most often win ties ("chung thuc" → certified copies).
      return { hit, rank: titleBoost(score, names, query) * (d.meta['thuong-gap'] ? 1.3 : 1) };
    }),
  );
  return ranked
    .sort((a, b) => b.rank - a.rank)
    .slice(0, limit)
    .map((r) => r.hit);
}

function renderHits(doc: Document, list: HTMLElement, hits: Hit[]): void {
  list.replaceChildren(
    ...hits.map((hit) => {
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
      p.innerHTML = hit.excerpt; // Pagefind escapes the page text and adds only <mark>.
      li.append(meta, a, p);
      return li;
    }),
  );
}

/** The /tim-kiem/ page: reads ?q=, searches, shows the results and a count. */
export async function runSearch(doc: Document): Promise<void> {
  const input = doc.querySelector<HTMLInputElement>('#search-query');
  const status = doc.querySelector<HTMLElement>('#search-status');
  const list = doc.querySelector<HTMLOListElement>('#search-results');
  if (!input || !status || !list) return;
  const params = new URL(doc.location.href).searchParams;
  const raw = params.get('q') ?? '';
  const filters: Record<string, string[]> = {};
  for (const [key, id] of [
    ['loai', '#search-type'],
    ['linh-vuc', '#search-field'],
  ] as const) {
    const select = doc.querySelector<HTMLSelectElement>(id);
    const value = params.get(key) ?? '';
    if (select && [...select.options].some((o) => o.value === value)) select.value = value;
    if (value) filters[key] = [value];
  }
  const query = cleanQuery(raw);
  input.value = query || raw.trim().slice(0, 100);
  // Typing is starting a search: fetch Pagefind and the index for the words so far meanwhile.
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      const words = cleanQuery(input.value);
      if (words) void loadPagefind().then((pf) => Promise.all(dVariants(words).map((w) => pf.preload(w))));
    }, 300);
  });
  if (!raw.trim()) return;
  if (!query) {
    status.textContent = 'Hãy gõ từ cần tìm bằng chữ hoặc số, ví dụ «khai sinh».';
    return;
  }
  const note = raw.trim().length > query.length ? ' (chỉ tìm theo 100 ký tự đầu)' : '';
  status.textContent = `Đang tìm «${query}»…`;
  try {
    const hits = await searchSite(query, 10, filters);
    renderHits(doc, list, hits);
    status.textContent =
      hits.length > 0
        ? `Có ${hits.length} kết quả cho «${query}»${note}.`
        : `Không có kết quả cho «${query}»${note}. Thử từ khác, hoặc xem các đường dẫn bên dưới.`;
  } catch {
    status.textContent = 'Chưa tìm được lúc này. Hãy dùng các đường dẫn bên dưới.';
  }
}

/** «Hỏi nhanh» on /hoi-dap/: the three best answers from the FAQ and the procedure guides. */
export async function quickAsk(doc: Document): Promise<void> {
  const input = doc.querySelector<HTMLInputElement>('#cau-hoi');
  const status = doc.querySelector<HTMLElement>('[data-quick-ask-status]');
  const list = doc.querySelector<HTMLElement>('[data-quick-ask-results]');
  if (!input || !status || !list) return;
  const query = cleanQuery(input.value);
  if (!query) {
    status.textContent = 'Hãy gõ câu hỏi của bạn, ví dụ «làm giấy khai sinh ở đâu».';
    list.replaceChildren();
    return;
  }
  status.textContent = 'Đang tìm câu trả lời…';
  try {
    const hits = await searchSite(query, 3, { loai: ['Hỏi đáp', 'Thủ tục'] });
    renderHits(doc, list, hits);
    status.textContent =
      hits.length > 0
        ? `Các câu trả lời gần nhất cho «${query}»:`
        : `Chưa có câu trả lời cho «${query}». Hãy gửi câu hỏi ở trang Thông tin phản hồi.`;
  } catch {
    status.textContent = 'Chưa tìm được lúc này. Hãy xem các câu hỏi bên dưới.';
  }
}
