// What `npm run first-screen` (scripts/first-screen.ts) looks for and how it judges and prints it: the page
// types and the answer each must show on a phone's first screen (the `data-answer` names pages carry), the
// goals of issue 25, and the bytes a cold QR scan costs. Pure: the script measures, this decides.
import * as routes from '../../src/lib/routes.ts';

/** The phone screen measured: a common cheap Android phone, in CSS pixels. */
export const SCREEN = { width: 360, height: 740 } as const;

export const goals = {
  /** The site header's height, px. */
  header: 120,
  /** The top of the page's H1, px from the top of the page. */
  h1: 200,
  /** The bottom of every answer element, px: on the first screen. */
  answerBottom: SCREEN.height,
  /** Bytes a cold scan of a QR landing page fetches, up to 30 s after the page's load event. */
  scanBytes: 80 * 1024,
} as const;

/** How long after the landing page's load a cold scan's bytes are counted, ms. */
export const SCAN_WINDOW_MS = 30_000;

/** The search a resident types most (issue 25). */
export const SEARCH_QUERY = 'làm giấy khai sinh';
/** The guide measured: «Thủ tục đăng ký khai sinh». */
export const GUIDE = 'dang-ky-khai-sinh';

/**
 * The text sizes photographed (values of src/components/site/TextSizeControl.astro), the first the default, and
 * where the reader's choice is kept (localStorage, read by textSizeEarly in src/lib/inline-scripts.ts).
 */
export const textSizes = [
  { value: 'vua', label: 'Vừa' },
  { value: 'rat-lon', label: 'Rất lớn' },
] as const;
export const TEXT_SIZE_KEY = 'nq57-text-size';

/** An answer a page type must show on the first screen: its `data-answer` name and how many of them. */
export interface ExpectedAnswer {
  name: string;
  count: number;
}

export interface ScreenPage {
  /** Part of a screenshot's file name. */
  key: string;
  /** The page type, named as npm run budget names it. */
  name: string;
  /** Site-relative address (before the base), with its query. */
  path: string;
  answers: readonly ExpectedAnswer[];
  /** One of the five page types photographed with --shots. */
  shot: boolean;
}

/** The unit's own examples of the page types that differ per unit. */
export interface UnitExamples {
  /** A QR code in use or prepared (not retired: a retired one forwards). */
  qrCode: string;
  newsItem: string | undefined;
  infographic: string | undefined;
  /** Whether the guide can be filed online (content: channels.online). */
  guideOnline: boolean;
}

/** Every page type measured, in the order printed. */
export function screenPages(examples: UnitExamples): ScreenPage[] {
  const page = (key: string, name: string, path: string, answers: ExpectedAnswer[] = [], shot = false) => ({
    key,
    name,
    path,
    answers,
    shot,
  });
  return [
    page('trang-chu', 'trang chủ', routes.home(), [{ name: 'nhom', count: 4 }], true),
    page(
      'ma-qr',
      'mã QR',
      routes.qrLanding(examples.qrCode),
      [
        { name: 'loi-chao', count: 1 },
        { name: 'viec', count: 3 },
      ],
      true,
    ),
    page(
      'tim-kiem',
      'tìm kiếm',
      `${routes.search()}?q=${encodeURIComponent(SEARCH_QUERY)}`,
      [{ name: 'ket-qua-dau', count: 1 }],
      true,
    ),
    page(
      'huong-dan',
      'hướng dẫn thủ tục',
      routes.guide(GUIDE),
      [{ name: 'tom-tat', count: 1 }, ...(examples.guideOnline ? [{ name: 'nop-truc-tuyen', count: 1 }] : [])],
      true,
    ),
    ...(examples.newsItem ? [page('bai-tin', 'bài tin', routes.newsItem(examples.newsItem), [], true)] : []),
    page('danh-sach-thu-tuc', 'danh sách thủ tục', routes.guides()),
    page('hoi-dap', 'hỏi đáp', routes.faq()),
    page('so-lieu', 'số liệu', routes.figures()),
    ...(examples.infographic ? [page('infographic', 'infographic', routes.infographic(examples.infographic))] : []),
    // An address no route makes: the host answers with the site's 404 page.
    page('khong-tim-thay', 'không tìm thấy', '/khong-co-trang-nay/'),
  ];
}

/** An element's place on the page, px from the top of the page. */
export interface Box {
  top: number;
  bottom: number;
}

/** What the browser found on a page at the top of the first screen. */
export interface Measured {
  /** The site header's height; null without one. */
  header: number | null;
  /** The top of the H1; null without one. */
  h1: number | null;
  /** Every `[data-answer]` element in the page's order; a hidden one has no box. */
  answers: { name: string; box: Box | null }[];
}

export interface Judged {
  /** The printed row: page, header, H1, answers. */
  cells: [string, string, string, string];
  /** What misses a goal, in words; empty when the page meets them all. */
  failures: string[];
}

const px = (n: number) => String(Math.round(n));
const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** Judges one page against the goals, and writes its row. */
export function judge(page: ScreenPage, m: Measured): Judged {
  const failures: string[] = [];
  const headerOk = m.header !== null && m.header <= goals.header;
  if (!headerOk)
    failures.push(`đầu trang ${m.header === null ? 'không có' : `${px(m.header)} px`} > ${goals.header} px`);
  const h1Ok = m.h1 !== null && m.h1 <= goals.h1;
  if (!h1Ok) failures.push(`H1 ${m.h1 === null ? 'không có' : `ở ${px(m.h1)} px`} > ${goals.h1} px`);

  const names = [...new Set([...page.answers.map((a) => a.name), ...m.answers.map((a) => a.name)])];
  const answerCells = names.map((name) => {
    const found = m.answers.filter((a) => a.name === name);
    const expected = page.answers.find((a) => a.name === name)?.count ?? 0;
    const parts = found.map(({ box }) => {
      if (!box) {
        failures.push(`${name}: bị ẩn`);
        return 'ẩn ✗';
      }
      const ok = box.bottom <= goals.answerBottom;
      if (!ok) failures.push(`${name}: đáy ở ${px(box.bottom)} px > ${goals.answerBottom} px`);
      return `${px(box.top)}–${px(box.bottom)} ${mark(ok)}`;
    });
    const missing = expected - found.length;
    if (missing > 0) {
      failures.push(`${name}: thiếu ${missing} trên ${expected}`);
      parts.push(...Array<string>(missing).fill('— ✗'));
    }
    return `${name} ${parts.join(', ')}`;
  });

  return {
    cells: [
      `${page.name} (${decodeURI(page.path)})`,
      m.header === null ? '— ✗' : `${px(m.header)} ${mark(headerOk)}`,
      m.h1 === null ? '— ✗' : `${px(m.h1)} ${mark(h1Ok)}`,
      answerCells.join(' · ') || '(không có mục nào phải trả lời)',
    ],
    failures,
  };
}

/** The rows of judged pages as an aligned table, its header first. */
export function screenTable(rows: readonly Judged[]): string[] {
  const header = ['Trang', 'Đầu trang', 'Đỉnh H1', 'Phần trả lời: đỉnh–đáy (px)'];
  const all: string[][] = [header, ...rows.map((r) => r.cells)];
  const width = (i: number) => Math.max(...all.map((r) => (r[i] ?? '').length));
  return all.map(([page = '', head = '', h1 = '', answers = '']) =>
    [page.padEnd(width(0)), head.padStart(width(1)), h1.padStart(width(2)), answers].join('  ').trimEnd(),
  );
}

/** One response of a scan, as the server counted it when the window closed. */
export interface Fetched {
  path: string;
  bytes: number;
  /** When it was asked for (Date.now()). */
  at: number;
}

export interface ScanReport {
  lines: string[];
  ok: boolean;
  total: number;
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** A cold scan's cost: until the page's load event, after it, the total against the goal, the ten largest files. */
export function scanReport(fetched: readonly Fetched[], loadAt: number): ScanReport {
  const total = fetched.reduce((s, f) => s + f.bytes, 0);
  const ok = total <= goals.scanBytes;
  const row = (label: string, list: readonly Fetched[]) =>
    `${label.padEnd(39)} ${kB(list.reduce((s, f) => s + f.bytes, 0)).padStart(8)}, ${list.length} tệp`;
  const largest = [...fetched].sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path)).slice(0, 10);
  const width = Math.max(0, ...largest.map((f) => kB(f.bytes).length));
  return {
    total,
    ok,
    lines: [
      row(
        'Tới lúc trang tải xong (sự kiện load):',
        fetched.filter((f) => f.at <= loadAt),
      ),
      row(
        `Trong ${SCAN_WINDOW_MS / 1000} s sau đó:`,
        fetched.filter((f) => f.at > loadAt),
      ),
      `${row('Tổng:', fetched)} (mục tiêu ≤ ${kB(goals.scanBytes)})  ${mark(ok)}`,
      `${largest.length} tệp lớn nhất:`,
      ...largest.map((f) => `  ${kB(f.bytes).padStart(width)}  ${f.path}${f.at > loadAt ? '' : '  (trước load)'}`),
    ],
  };
}

/** The command line: which units (`--unit=a,b`, `--unit=all`), `--strict`, `--shots=<dir>`. */
export interface Options {
  units: string[];
  strict: boolean;
  shots: string | undefined;
}

export function parseOptions(args: readonly string[], realUnits: readonly string[], fallback: string): Options {
  const value = (flag: string) => args.filter((a) => a.startsWith(`--${flag}=`)).map((a) => a.slice(flag.length + 3));
  const asked = value('unit').flatMap((v) => v.split(',').map((u) => u.trim()));
  const units = asked.includes('all') ? [...realUnits] : asked.length ? asked : [fallback];
  const unknown = units.filter((u) => !realUnits.includes(u));
  if (unknown.length)
    throw new Error(`Không có đơn vị ${unknown.map((u) => `«${u}»`).join(', ')}; có: ${realUnits.join(', ')}, all.`);
  const wrong = args.filter((a) => !/^--(unit=|shots=.+|strict$)/.test(a));
  if (wrong.length)
    throw new Error(`Không hiểu ${wrong.join(' ')}; dùng --unit=<đơn vị>|all, --strict, --shots=<thư mục>.`);
  return { units: [...new Set(units)], strict: args.includes('--strict'), shots: value('shots').at(-1) };
}
