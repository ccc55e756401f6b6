// Size budgets per page type: what a page may weigh (gzip) and which JavaScript it may ship.
// One round trip on a weak 3G phone carries about 14 kB: the pages residents reach first fit in it.
import * as routes from '../../src/lib/routes.ts';

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
  // For the broadcast desk: the weekly bulletin, then the whole scripts of the twenty newest items (folded until
  // opened; about 0.8 kB each, a campaign article reads four to six minutes): 19 kB with ten items today, some
  // 28 kB with twenty. Text size plus the print button.
  'bản tin truyền thanh': { htmlCss: 32 * 1024, js: 1536, externalScripts: false },
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
  // Shown by the service worker when there is no network (and kept by it at once): what still opens.
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

/** The page type of each route kind that makes pages. */
const pageTypes: Partial<Record<string, string>> = {
  home: 'trang chủ',
  news: 'danh sách tin',
  newsPage: 'danh sách tin',
  newsItem: 'bài tin',
  newsTag: 'chủ đề tin',
  campaigns: 'danh sách tuyên truyền',
  campaign: 'bài tuyên truyền',
  bulletin: 'bản tin truyền thanh',
  guides: 'danh sách thủ tục',
  guide: 'hướng dẫn thủ tục',
  guideSample: 'hồ sơ mẫu',
  faq: 'hỏi đáp',
  feedback: 'phản hồi',
  figures: 'số liệu',
  search: 'tìm kiếm',
  infographics: 'thư viện infographic',
  infographic: 'infographic',
  kiosk: 'danh sách màn hình',
  kioskScreen: 'màn hình LED',
  qrLanding: 'mã QR',
  qrPrintList: 'tờ rơi mã QR',
  qrLeaflet: 'tờ rơi mã QR',
  offline: 'không có mạng',
  notFound: 'không tìm thấy',
  admin: 'trang soạn thảo',
};

/** The page type of a built file, from its path relative to the output folder ("thu-tuc/x/index.html"). */
export function pageTypeOf(file: string): string | undefined {
  const kind = routes.routeOf(routes.addressOf(file));
  return kind === undefined ? undefined : pageTypes[kind];
}

/**
 * What the service worker downloads when the site is first opened (its precache: the offline page and the
 * site's style sheet): a cold scan on a weak 3G link must not pay for pages the reader never opens.
 */
export const PRECACHE = 60 * 1024;

/**
 * The addresses a Workbox service worker's source precaches, in order: the entries of its manifest,
 * `{url:"…",revision:"…"|null}` (written the same way whether or not Workbox minified the file).
 */
export function precachedUrls(workerSource: string): string[] {
  return [...workerSource.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"\s*,\s*"?revision"?\s*:\s*(?:"[^"]*"|null)\s*\}/g)].map(
    (m) => m[1] ?? '',
  );
}

/** The problem, if any, with the precache: too heavy, or a worker whose list could not be read. */
export function precacheProblem(files: number, bytes: number): string | undefined {
  if (files === 0) return 'Không đọc được danh sách tệp service worker giữ sẵn trong sw.js';
  if (bytes > PRECACHE) return `Service worker giữ sẵn ${files} tệp, ${bytes} B > ${PRECACHE} B khi mở trang lần đầu`;
  return undefined;
}
