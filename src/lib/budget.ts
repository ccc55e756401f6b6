// Size budgets per page type: what a page may weigh (gzip) and which JavaScript it may ship.
// One round trip on a weak 3G phone carries about 14 kB: the pages residents reach first fit in it.

export interface Budget {
  /** Most gzip bytes of HTML plus CSS. */
  htmlCss: number;
  /** Most gzip bytes of JavaScript, inline and external. */
  js: number;
  /** Whether the page may load script files (beyond its small inline scripts). */
  externalScripts: boolean;
  /** A unit may have no page of this type (no QR code issued yet). */
  optional?: boolean;
}

const ONE_ROUND_TRIP = 14 * 1024;
/** The inline text-size control, which every page carries. */
const INLINE_ONLY: Pick<Budget, 'js' | 'externalScripts'> = { js: 1024, externalScripts: false };

/** Text size, plus the share row (copy link, the phone's share sheet). */
const WITH_SHARE: Pick<Budget, 'js' | 'externalScripts'> = { js: 2048, externalScripts: false };

export const budgets: Record<string, Budget> = {
  'trang chủ': { htmlCss: ONE_ROUND_TRIP, ...INLINE_ONLY },
  // The page a printed QR code opens: one round trip on a weak phone, no script needed.
  'mã QR': { htmlCss: ONE_ROUND_TRIP, ...INLINE_ONLY, optional: true },
  'tờ rơi mã QR': { htmlCss: ONE_ROUND_TRIP, ...INLINE_ONLY },
  // Share row, plus (when the guide has one) the video placeholder.
  'hướng dẫn thủ tục': { htmlCss: ONE_ROUND_TRIP, ...WITH_SHARE },
  'hồ sơ mẫu': { htmlCss: ONE_ROUND_TRIP, ...INLINE_ONLY },
  // Text size, plus the "Tìm nhanh thủ tục" filter (folds diacritics and đ), a small module.
  'danh sách thủ tục': { htmlCss: ONE_ROUND_TRIP, js: 2560, externalScripts: true },
  'danh sách tin': { htmlCss: 20 * 1024, ...INLINE_ONLY },
  'chủ đề tin': { htmlCss: 20 * 1024, ...INLINE_ONLY },
  'bài tin': { htmlCss: 20 * 1024, ...WITH_SHARE },
  'danh sách tuyên truyền': { htmlCss: 20 * 1024, ...INLINE_ONLY },
  // Share row, plus the video placeholder on video clips.
  'bài tuyên truyền': { htmlCss: 20 * 1024, js: 2560, externalScripts: false },
  'thư viện infographic': { htmlCss: 20 * 1024, ...INLINE_ONLY },
  infographic: { htmlCss: 24 * 1024, ...WITH_SHARE },
  // Text size, plus the «Hỏi nhanh» box, whose search code loads with the first question.
  'hỏi đáp': { htmlCss: 24 * 1024, js: 2048, externalScripts: true },
  // The feedback form: draft kept in the browser, ID removal, sending.
  'phản hồi': { htmlCss: ONE_ROUND_TRIP, js: 4096, externalScripts: false },
  // Text size, plus the chart loader; Chart.js itself is fetched only when a chart comes into view.
  'số liệu': { htmlCss: 24 * 1024, js: 2560, externalScripts: true },
  'tìm kiếm': { htmlCss: ONE_ROUND_TRIP, js: 4 * 1024, externalScripts: true },
  'không tìm thấy': { htmlCss: ONE_ROUND_TRIP, ...INLINE_ONLY },
  // Shown by the service worker when there is no network: the list of guides kept on the phone.
  'không có mạng': { htmlCss: ONE_ROUND_TRIP, ...INLINE_ONLY },
  // For screen operators: the unit's screens.
  'danh sách màn hình': { htmlCss: ONE_ROUND_TRIP, ...INLINE_ONLY },
  // A screen's page carries every slide of its playlist (templates) and the player; Chart.js is fetched by
  // the player when a chart slide first comes round.
  'màn hình LED': { htmlCss: ONE_ROUND_TRIP, js: 5 * 1024, externalScripts: true },
  // For ward editors in the office, never linked from public pages: the web editor (about 650 kB of script,
  // loaded once and cached) or, before the unit connects it, a page that says how.
  'trang soạn thảo': { htmlCss: ONE_ROUND_TRIP, js: 700 * 1024, externalScripts: true },
};

/**
 * What a search may download before its first results show, however it starts (the search page opened
 * with ?q=, or «Hỏi nhanh»): on a weak 3G link (400 kbit/s, 400 ms a round trip) 60 kB arrive in about
 * 2.5 s. Pagefind's full text comes after the first results and is not counted.
 */
export const FIRST_RESULTS = 60 * 1024;

/** The problem, if any, with what the first results need: each part by name, in gzip bytes. */
export function firstResultsProblem(parts: Readonly<Record<string, number>>): string | undefined {
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  if (total <= FIRST_RESULTS) return undefined;
  const list = Object.entries(parts)
    .map(([name, bytes]) => `${name} ${bytes} B`)
    .join(', ');
  return `Kết quả tìm kiếm đầu tiên cần ${total} B > ${FIRST_RESULTS} B (${list})`;
}

const sections: Record<string, [list: string, item: string]> = {
  'tin-tuc': ['danh sách tin', 'bài tin'],
  'tuyen-truyen': ['danh sách tuyên truyền', 'bài tuyên truyền'],
  'thu-tuc': ['danh sách thủ tục', 'hướng dẫn thủ tục'],
  'hoi-dap': ['hỏi đáp', 'hỏi đáp'],
  'phan-hoi': ['phản hồi', 'phản hồi'],
  'so-lieu': ['số liệu', 'số liệu'],
  'tim-kiem': ['tìm kiếm', 'tìm kiếm'],
  infographic: ['thư viện infographic', 'infographic'],
  kiosk: ['danh sách màn hình', 'màn hình LED'],
};

/** The page type of a built file, from its path relative to the output folder ("thu-tuc/x/index.html"). */
export function pageTypeOf(file: string): string | undefined {
  if (file === 'index.html') return 'trang chủ';
  if (file === '404.html') return 'không tìm thấy';
  if (file === 'admin/index.html') return 'trang soạn thảo';
  if (file === 'ngoai-tuyen/index.html') return 'không có mạng';
  if (/^q\/in\/(?:[a-z0-9-]+\/)?index\.html$/.test(file)) return 'tờ rơi mã QR';
  if (/^q\/[a-z0-9-]+\/index\.html$/.test(file)) return 'mã QR';
  const parts = file.split('/');
  if (parts.at(-1) !== 'index.html') return undefined;
  const pair = sections[parts[0] ?? ''];
  if (!pair) return undefined;
  if (parts[0] === 'thu-tuc' && parts[2] === 'ho-so-mau') return 'hồ sơ mẫu';
  if (parts[0] === 'tin-tuc' && parts[1] === 'chu-de') return 'chủ đề tin';
  if (parts[0] === 'tin-tuc' && parts[1] === 'trang') return 'danh sách tin';
  return parts.length === 2 ? pair[0] : pair[1];
}

export interface PageScripts {
  /** Bodies of inline scripts that run (JSON-LD and other data blocks are not code). */
  inline: string[];
  /** src of script files. */
  external: string[];
  /** href of stylesheets loaded from files. */
  stylesheets: string[];
}

export function scriptsOf(html: string): PageScripts {
  const inline: string[] = [];
  const external: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    const type = /\btype="([^"]+)"/.exec(attrs)?.[1] ?? 'text/javascript';
    if (!/^(text\/javascript|module|application\/javascript)$/i.test(type)) continue;
    if (src) external.push(src);
    else if ((m[2] ?? '').trim()) inline.push(m[2] ?? '');
  }
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/gi)]
    .map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1])
    .filter((h): h is string => Boolean(h));
  return { inline, external, stylesheets };
}
