// Search page behaviour: reads ?q=, loads Pagefind only when there is a query, shows the results.

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search: (q: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

export async function runSearch(doc: Document): Promise<void> {
  const input = doc.querySelector<HTMLInputElement>('#search-query');
  const status = doc.querySelector<HTMLElement>('#search-status');
  const list = doc.querySelector<HTMLOListElement>('#search-results');
  if (!input || !status || !list) return;
  const query = new URL(doc.location.href).searchParams.get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;
  status.textContent = `Đang tìm «${query}»…`;
  try {
    const search = await (await loadPagefind()).search(query);
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((r) => {
        const li = doc.createElement('li');
        li.className = 'card';
        const a = doc.createElement('a');
        a.href = r.url;
        a.className = 'card-title';
        a.textContent = r.meta.title ?? r.url;
        const p = doc.createElement('p');
        p.className = 'mb-0';
        p.innerHTML = r.excerpt; // Pagefind escapes page text and adds only <mark>.
        li.append(a, p);
        return li;
      }),
    );
    status.textContent =
      results.length > 0 ? `Có ${search.results.length} kết quả cho «${query}».` : `Không có kết quả cho «${query}».`;
  } catch {
    status.textContent = 'Chưa tìm được lúc này. Hãy dùng các đường dẫn bên dưới.';
  }
}
