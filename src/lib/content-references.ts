// Links between content files that schemas alone cannot check: a FAQ naming a procedure guide, a figure
// naming an indicator, a screen slide naming a dataset. A wrong name would be a broken page in public.
import type { ContentProblem } from './content-errors.ts';
import { fieldLabel } from './content-errors.ts';
import { isJsxElement, jsxAttributes, walk, type MarkdownNode } from './mdast.ts';
import { NEWS_PAGE_SIZE, newsPageHref, tagHref } from './news.ts';
import { hasLeaflet } from './qr.ts';

export interface LoadedEntry {
  id: string;
  file: string;
  data: unknown;
  /** The Markdown/MDX syntax tree, for kinds that have a body. */
  tree?: MarkdownNode | undefined;
}

type Loaded = Partial<Record<string, LoadedEntry[]>>;

interface Reference {
  from: string;
  to: string;
  /** Yields [path of the field, the id it names] for one entry's data. */
  names: (data: Record<string, unknown>) => [PropertyKey[], string][];
  what: string;
}

const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);

const references: Reference[] = [
  {
    from: 'faq',
    to: 'procedures',
    what: 'hướng dẫn thủ tục (tên tệp trong content/shared/procedures, không có đuôi .yaml)',
    names: (d) =>
      Array.isArray(d.procedures) ? (d.procedures as string[]).map((id, i) => [['procedures', i], id]) : [],
  },
  {
    from: 'samples',
    to: 'procedures',
    what: 'hướng dẫn thủ tục (tên tệp trong content/shared/procedures, không có đuôi .yaml)',
    names: (d) => [[['procedure'], String(d.procedure)]],
  },
  {
    from: 'metrics',
    to: 'indicators',
    what: 'chỉ tiêu (tên tệp trong content/shared/indicators)',
    names: (d) => list(d.figures).map((f, i) => [['figures', i, 'indicator'], String(f.indicator)]),
  },
  {
    from: 'screens',
    to: 'infographics',
    what: 'infographic của đơn vị (tên tệp trong content/units/<đơn vị>/infographics hoặc content/shared/infographics)',
    names: (d) =>
      list(d.playlist).flatMap((s, i): [PropertyKey[], string][] =>
        typeof s.infographic === 'string' ? [[['playlist', i, 'infographic'], s.infographic]] : [],
      ),
  },
  {
    from: 'screens',
    to: 'metrics',
    what: 'bộ số liệu của đơn vị (tên tệp trong content/units/<đơn vị>/metrics)',
    names: (d) =>
      list(d.playlist).flatMap((s, i): [PropertyKey[], string][] =>
        typeof s.dataset === 'string' ? [[['playlist', i, 'dataset'], s.dataset]] : [],
      ),
  },
];

export interface ReferenceContext {
  /** Whether a site path ("/bieu-mau/x.pdf") is a file in the public folder. */
  publicFileExists: (path: string) => boolean;
}

export function referenceProblems(loaded: Loaded, context: ReferenceContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const procedures = loaded.procedures ?? [];
  const guideIds = new Set(procedures.map((e) => e.id));
  for (const entry of loaded.procedureOverrides ?? []) {
    if (guideIds.has(entry.id)) continue;
    problems.push({
      file: entry.file,
      field: '(tên tệp)',
      message: `không có hướng dẫn thủ tục «${entry.id}» trong content/shared/procedures: tên tệp phải trùng tên hướng dẫn cần bổ sung.`,
    });
  }
  // Charts named by articles (<BieuDo bo="<bộ số liệu>" bieuDo="<biểu đồ>" />) and by screen slides.
  const datasets = new Map((loaded.metrics ?? []).map((e) => [e.id, e.data as { charts?: { id: string }[] }]));
  const missingChart = (bo: string, chartId: string) =>
    datasets.has(bo) && !(datasets.get(bo)?.charts ?? []).some((c) => c.id === chartId)
      ? `bộ số liệu «${bo}» không có biểu đồ «${chartId}».`
      : undefined;
  for (const entry of [...(loaded.news ?? []), ...(loaded.campaigns ?? [])]) {
    if (!entry.tree) continue;
    walk(entry.tree, (node) => {
      if (!isJsxElement(node) || node.name !== 'BieuDo') return true;
      const attributes = jsxAttributes(node);
      const bo = attributes.get('bo');
      const chartId = attributes.get('bieuDo');
      const message =
        !bo || !chartId
          ? 'thẻ <BieuDo> cần đủ hai thuộc tính bo="<tên bộ số liệu>" và bieuDo="<tên biểu đồ>".'
          : !datasets.has(bo)
            ? `<BieuDo bo="${bo}"> gọi bộ số liệu không có trong content/units/<đơn vị>/metrics của đơn vị này.`
            : missingChart(bo, chartId);
      if (message) problems.push({ file: entry.file, field: '(nội dung bài)', message });
      return true;
    });
  }
  for (const entry of loaded.screens ?? []) {
    list((entry.data as { playlist?: unknown }).playlist).forEach((slide, i) => {
      const message =
        typeof slide.dataset === 'string' && typeof slide.chart === 'string'
          ? missingChart(slide.dataset, slide.chart)
          : undefined;
      if (message) problems.push({ file: entry.file, field: fieldLabel(['playlist', i, 'chart']), message });
    });
  }
  // A printed code must lead to a page that exists, for as long as the site does.
  const pages = sitePaths(loaded);
  for (const entry of loaded.qr ?? []) {
    if (entry.id === 'in')
      problems.push({
        file: entry.file,
        field: '(tên tệp)',
        message: 'tên mã «in» dành cho trang in tờ rơi (/q/in/): đặt tên khác.',
      });
    const qr = entry.data as { target: string; status: string; redirectTo?: string };
    for (const [field, path] of [
      ['target', qr.target],
      ...(qr.redirectTo ? [['redirectTo', qr.redirectTo]] : []),
    ] as const) {
      if (pages.has(path)) continue;
      problems.push({
        file: entry.file,
        field,
        message: `mã QR «${entry.id}» dẫn tới «${path}», nhưng chuyên trang không có trang này. Mã đã in phải luôn dẫn tới một trang có thật.`,
      });
    }
  }
  const codes = new Map<string, string>();
  for (const entry of procedures) {
    const data = entry.data as { code?: string | null; forms?: { file?: string }[] };
    if (data.code) {
      const first = codes.get(data.code);
      if (first)
        problems.push({
          file: entry.file,
          field: 'code',
          message: `mã ${data.code} đã dùng cho ${first}: mỗi thủ tục một mã.`,
        });
      else codes.set(data.code, entry.file);
    }
    (data.forms ?? []).forEach((form, i) => {
      if (form.file && !context.publicFileExists(form.file))
        problems.push({
          file: entry.file,
          field: fieldLabel(['forms', i, 'file']),
          message: `không có tệp public${form.file}. Đặt tệp mẫu vào đúng chỗ đó, hoặc bỏ dòng file để trang dẫn tới Cổng.`,
        });
    });
  }
  for (const ref of references) {
    const known = new Set((loaded[ref.to] ?? []).map((e) => e.id));
    for (const entry of loaded[ref.from] ?? []) {
      for (const [path, id] of ref.names(entry.data as Record<string, unknown>)) {
        if (known.has(id)) continue;
        problems.push({
          file: entry.file,
          field: fieldLabel(path),
          message: `«${id}» không phải ${ref.what} nào đang có. Sửa lại tên, hoặc tạo tệp đó trước.`,
        });
      }
    }
  }
  return problems;
}

/** Every page and file the site makes from its content (site-relative), for checking where links and QR codes lead. */
export function sitePaths(loaded: Loaded): Set<string> {
  const paths = new Set([
    '/',
    '/tin-tuc/',
    '/tin-tuc/rss.xml',
    '/tuyen-truyen/',
    '/thu-tuc/',
    '/phan-hoi/',
    '/hoi-dap/',
    '/so-lieu/',
    '/tim-kiem/',
    '/infographic/',
    '/kiosk/',
    '/kiosk/phien-ban.json',
    '/q/in/',
    '/robots.txt',
  ]);
  const guides = new Set((loaded.procedures ?? []).map((e) => e.id));
  for (const id of guides) paths.add(`/thu-tuc/${id}/`);
  for (const e of loaded.samples ?? []) {
    const guide = (e.data as { procedure: string }).procedure;
    if (guides.has(guide)) paths.add(`/thu-tuc/${guide}/ho-so-mau/`);
  }
  const news = loaded.news ?? [];
  for (const e of news) paths.add(`/tin-tuc/${e.id}/`);
  for (const e of news) for (const tag of (e.data as { tags?: string[] }).tags ?? []) paths.add(tagHref(tag));
  for (let n = 2; n <= Math.ceil(news.length / NEWS_PAGE_SIZE); n++) paths.add(newsPageHref(n));
  for (const e of loaded.campaigns ?? []) paths.add(`/tuyen-truyen/${e.id}/`);
  for (const e of loaded.infographics ?? []) paths.add(`/infographic/${e.id}/`);
  for (const e of loaded.metrics ?? []) for (const ext of ['csv', 'json']) paths.add(`/so-lieu/${e.id}.${ext}`);
  for (const e of loaded.screens ?? []) paths.add(`/kiosk/${e.id}/`);
  for (const e of loaded.qr ?? []) {
    for (const path of [`/q/${e.id}/`, `/q/${e.id}.png`, `/q/${e.id}.svg`]) paths.add(path);
    if (hasLeaflet((e.data as { status?: string }).status)) paths.add(`/q/in/${e.id}/`);
  }
  return paths;
}
