// Links between content files that schemas alone cannot check: a FAQ naming a procedure guide, a figure
// naming an indicator, a screen slide naming a dataset. A wrong name would be a broken page in public.
import type { ContentProblem } from './content-errors.ts';
import { fieldLabel } from './content-errors.ts';
import { isJsxElement, jsxAttributes, walk, type MarkdownNode } from './mdast.ts';
import * as routes from './routes.ts';
import { sitePaths } from './site-paths.ts';

export interface LoadedEntry {
  id: string;
  file: string;
  data: unknown;
  /** The Markdown/MDX syntax tree, for kinds that have a body. */
  tree?: MarkdownNode | undefined;
}

type Loaded = Partial<Record<string, LoadedEntry[]>>;

/** A field of one kind that names an entry of another; each kind declares its own (src/schemas/index.ts). */
export interface Reference {
  /** The kind whose field names the entry. */
  from: string;
  /** The field, dotted («figures.indicator»); lists on the way are walked, and a list of names names each. */
  field: string;
  /** The kind it names. */
  to: string;
  /** What the named entry is and where its file lives, as the message says it. */
  what: string;
}

const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);

/** Every name a field holds in one entry's data: [the path of the value, the name]. */
export function namesIn(data: unknown, field: string): [PropertyKey[], string][] {
  const walk = (value: unknown, rest: string[], path: PropertyKey[]): [PropertyKey[], string][] => {
    if (Array.isArray(value)) return value.flatMap((item, i) => walk(item, rest, [...path, i]));
    const [key, ...more] = rest;
    if (key === undefined) return typeof value === 'string' ? [[path, value]] : [];
    if (typeof value !== 'object' || value === null) return [];
    return walk((value as Record<string, unknown>)[key], more, [...path, key]);
  };
  return walk(data, field.split('.'), []);
}

export interface ReferenceContext {
  /** Whether a site path ("/bieu-mau/x.pdf") is a file in the public folder. */
  publicFileExists: (path: string) => boolean;
  /** The links between kinds to follow (`kindReferences` in src/schemas/index.ts). */
  references: readonly Reference[];
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
        message: `tên mã «in» dành cho trang in tờ rơi (${routes.qrPrintList()}): đặt tên khác.`,
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
  for (const ref of context.references) {
    const known = new Set((loaded[ref.to] ?? []).map((e) => e.id));
    for (const entry of loaded[ref.from] ?? []) {
      for (const [path, id] of namesIn(entry.data, ref.field)) {
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
