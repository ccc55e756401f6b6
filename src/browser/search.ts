// Site search (the /tim-kiem/ page, which the header's search box opens; «Hỏi nhanh» in quick-ask.ts).
// First results come from the compact index (lib/quick-search.ts, a few kB fetched with the search page);
// Pagefind's full text (search-full-text.ts) loads after them and only adds pages below, so nothing shown
// moves.
import { QuickSearch, type QuickIndex } from '../lib/quick-search.ts';
import * as routes from '../lib/routes.ts';
import { cleanQuery } from '../lib/search-query.ts';
import type { Hit } from './search-full-text.ts';

const base = import.meta.env.BASE_URL;
let quick: Promise<QuickSearch | undefined> | undefined;

/** The compact index, fetched once; undefined when it cannot be had (search then waits for Pagefind). */
export function loadQuickIndex(): Promise<QuickSearch | undefined> {
  quick ??= fetch(`${base}${routes.searchQuickIndex().slice(1)}`)
    .then(async (r) => (r.ok ? new QuickSearch((await r.json()) as QuickIndex) : undefined))
    .catch(() => undefined);
  return quick;
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
  // The compact index's answers, at most half the list: the full text always has room below them.
  const index = await loadQuickIndex();
  const first = (index?.search(query, Math.ceil(limit / 2), filters) ?? []).map((h) => ({ ...h, url: base + h.url }));
  if (first.length > 0) show(first, false);
  const { fullTextHits } = await import('./search-full-text.ts');
  const more = await fullTextHits(query, limit, filters, first, index);
  show([...first, ...more], true);
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

/**
 * Shows a list whose start is already on screen (searchSite only ever adds below what it showed): those
 * items stay as they are, untouched under the reader's finger, and the rest are added after them.
 */
export function showHits(doc: Document, list: HTMLElement, hits: readonly Hit[], complete: boolean): void {
  list.append(...hits.slice(list.children.length).map((hit) => hitItem(doc, hit)));
  list.setAttribute('aria-busy', String(!complete));
}

/** The /tim-kiem/ page: reads ?q=, searches, shows the results and a count; later searches stay on the page. */
export function runSearch(doc: Document): void {
  const input = doc.querySelector<HTMLInputElement>('#search-query');
  const status = doc.querySelector<HTMLElement>('#search-status');
  const list = doc.querySelector<HTMLOListElement>('#search-results');
  if (!input || !status || !list) return;
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
      if (select) {
        select.value = value;
        if (select.selectedIndex < 0) select.value = ''; // not one of its options: «Tất cả»
      }
      if (value) {
        filters[key] = [value];
        // A filter in use shows: the filters fold away only while none is chosen.
        select?.closest('details')?.setAttribute('open', '');
      }
    }
    const query = cleanQuery(raw);
    input.value = query || raw.trim().slice(0, 100);
    list.replaceChildren();
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
    // The same words while the full text is still coming (the page says so below the list): a status
    // line that changed length could wrap differently and move the results under the reader's finger.
    const say = (n: number) => {
      status.textContent =
        n > 0
          ? `Có ${n} kết quả cho «${query}»${note}.`
          : `Không có kết quả cho «${query}»${note}. Thử từ khác, hoặc xem các đường dẫn bên dưới.`;
    };
    let shown = 0;
    try {
      await searchSite(query, 10, filters, (hits, complete) => {
        if (run !== current) return;
        shown = hits.length;
        showHits(doc, list, hits, complete);
        // The answer a phone's first screen must show (tests and `npm run first-screen` look for it).
        list.querySelector('a')?.setAttribute('data-answer', 'ket-qua-dau');
        say(shown);
      });
    } catch {
      if (run !== current) return;
      // The first results stay; only the full text failed.
      list.setAttribute('aria-busy', 'false');
      if (shown > 0) say(shown);
      else status.textContent = 'Chưa tìm được lúc này. Hãy dùng các đường dẫn bên dưới.';
    }
  };
  // A search from this page stays on it: the address changes as the form would change it (so it can be
  // shared and Back works), and the compact index already here answers at once.
  for (const form of doc.querySelectorAll<HTMLFormElement>('form[role="search"]')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
      history.pushState(null, '', `${form.action}?${params}`);
      void search();
    });
  }
  addEventListener('popstate', () => void search());
  void search();
}
