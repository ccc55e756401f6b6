// Links between content files that schemas alone cannot check: a FAQ naming a procedure guide, a figure
// naming an indicator, a screen slide naming a dataset. A wrong name would be a broken page in public.
import type { ContentProblem } from './content-errors.ts';
import { fieldLabel } from './content-errors.ts';

export interface LoadedEntry {
  id: string;
  file: string;
  data: unknown;
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
    from: 'metrics',
    to: 'indicators',
    what: 'chỉ tiêu (tên tệp trong content/shared/indicators)',
    names: (d) => list(d.figures).map((f, i) => [['figures', i, 'indicator'], String(f.indicator)]),
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

export function referenceProblems(loaded: Loaded): ContentProblem[] {
  const problems: ContentProblem[] = [];
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
