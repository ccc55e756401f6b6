// Figures from the units' reports: how they must agree with each other, and how they read as a table
// or a download. Parts must add up to their total, and a count to its percentage, within the rounding
// the report itself used; only figures of one period are added or drawn together, and a range («125–130»)
// is never added, divided or drawn as one of its ends.
import type { z } from 'astro/zod';
import type { figureSchema, metricsSchema } from '../schemas/metrics.ts';
import { formatFigure, periodText } from './figures.ts';

export type Figure = z.infer<typeof figureSchema>;
export type Dataset = z.infer<typeof metricsSchema>;

export interface ConsistencyProblem {
  field: string;
  message: string;
}

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });

/** Half a unit of the last decimal the report wrote: 99,09 → 0,005; 79,3 → 0,05; 100 → 0,5. */
export function roundingOf(value: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -decimals;
}

/** A figure with its single number: what may be added, divided and drawn. A range has none. */
export type ExactFigure = Figure & { value: number; range?: undefined };

export function isExact(f: Figure): f is ExactFigure {
  return f.value !== undefined && f.range === undefined;
}

/** Figures are of one period when the report gives both the same period, or neither one. */
function periodKey(f: Figure): string {
  return f.period ? [f.period.from, f.period.to, f.period.label].join('|') : '';
}

/**
 * Why these figures cannot be added up, divided or drawn together: a range among them, or periods that
 * differ. `what` names the check or chart in the message; undefined when they can.
 */
function cannotCombine(what: string, figures: readonly Figure[]): string | undefined {
  const ranges = figures.filter((f) => !isExact(f));
  if (ranges.length > 0)
    return `${what} dùng ${ranges.map((f) => `«${f.indicator}» (${formatFigure(f)})`).join(', ')}: một khoảng không cộng, chia hay vẽ được như một con số. Bỏ nó ra; nếu cần, nói về nó trong chú thích.`;
  if (new Set(figures.map(periodKey)).size > 1)
    return `${what} ghép các số liệu khác kỳ: ${figures.map((f) => `«${f.indicator}» (${periodText(f.period)})`).join(', ')}. Chỉ ghép các số cùng kỳ.`;
  return undefined;
}

export function consistencyProblems(data: Pick<Dataset, 'figures' | 'checks'>): ConsistencyProblem[] {
  const byIndicator = new Map(data.figures.map((f) => [f.indicator, f]));
  const problems: ConsistencyProblem[] = [];
  (data.checks ?? []).forEach((check, i) => {
    const field = `checks[${i + 1}]`;
    const names = check.kind === 'tong' ? [...check.parts, check.total] : [check.part, check.whole, check.percent];
    const missing = names.filter((n) => !byIndicator.has(n));
    if (missing.length > 0) {
      problems.push({
        field,
        message: `không có số liệu nào mang mã ${missing.map((m) => `«${m}»`).join(', ')} trong bộ này.`,
      });
      return;
    }
    const figures = names.flatMap((n) => byIndicator.get(n) ?? []);
    const refused = cannotCombine('phép kiểm tra này', figures);
    if (refused) {
      problems.push({ field, message: refused });
      return;
    }
    const value = (n: string) => byIndicator.get(n)?.value ?? 0;
    const approximate = names.some((n) => byIndicator.get(n)?.qualifier);
    if (check.kind === 'tong') {
      const sum = check.parts.reduce((s, p) => s + value(p), 0);
      const total = value(check.total);
      const tolerance = approximate
        ? Math.max(1, total * 0.02)
        : Math.max(...names.map((n) => roundingOf(value(n)))) * check.parts.length;
      if (Math.abs(sum - total) > tolerance + 1e-9) {
        problems.push({
          field,
          message: `${check.parts.map((p) => `${p} (${vi.format(value(p))})`).join(' + ')} = ${vi.format(sum)}, nhưng ${check.total} là ${vi.format(total)}: lệch ${vi.format(Math.abs(sum - total))}.`,
        });
      }
    } else {
      const computed = (value(check.part) / value(check.whole)) * 100;
      const written = value(check.percent);
      const tolerance = approximate ? 1 : roundingOf(written);
      if (!Number.isFinite(computed) || Math.abs(computed - written) > tolerance + 1e-9) {
        problems.push({
          field,
          message: `${check.part} / ${check.whole} = ${vi.format(value(check.part))} / ${vi.format(value(check.whole))} = ${vi.format(Math.round(computed * 1000) / 1000)}%, nhưng ${check.percent} ghi ${vi.format(written)}%: lệch ${vi.format(Math.round(Math.abs(computed - written) * 1000) / 1000)} điểm phần trăm.`,
        });
      }
    }
  });
  return problems;
}

/** Charts may only draw figures their dataset holds, each a single number, all of one period. */
export function chartProblems(data: Pick<Dataset, 'figures' | 'charts'>): ConsistencyProblem[] {
  const byIndicator = new Map(data.figures.map((f) => [f.indicator, f]));
  return (data.charts ?? []).flatMap((c, i) => {
    const field = `charts[${i + 1}].figures`;
    const missing = c.figures
      .filter((f) => !byIndicator.has(f))
      .map((f) => ({ field, message: `biểu đồ «${c.id}» dùng «${f}», nhưng bộ số liệu không có chỉ tiêu này.` }));
    if (missing.length > 0) return missing;
    const refused = cannotCombine(
      `biểu đồ «${c.id}»`,
      c.figures.flatMap((f) => byIndicator.get(f) ?? []),
    );
    return refused ? [{ field, message: refused }] : [];
  });
}

/** What Chart.js needs to draw a chart, on the figures page and on screens. */
export interface ChartSpec {
  kind: 'cot' | 'tron';
  labels: string[];
  values: number[];
  /** Each value as the report words it («gần 900 lượt»), for tooltips and screen readers. */
  texts: string[];
}

/**
 * One chart of a dataset with its figures in the chart's order, the spec to draw it and its period;
 * undefined when the dataset has no such chart (the content check refuses that, so pages may treat it as
 * a bug). A range is never drawn: the check refuses it, and it is left out here should one slip through.
 */
export function resolveChart(
  data: Pick<Dataset, 'figures' | 'charts'>,
  chartId: string,
  labelOf: (indicator: string) => string,
): { chart: Dataset['charts'][number]; figures: ExactFigure[]; spec: ChartSpec; period: string } | undefined {
  const chart = data.charts.find((c) => c.id === chartId);
  if (!chart) return undefined;
  const figures = chart.figures.flatMap((id) => data.figures.filter((f) => f.indicator === id)).filter(isExact);
  const spec = {
    kind: chart.kind,
    labels: figures.map((f) => labelOf(f.indicator)),
    values: figures.map((f) => f.value),
    texts: figures.map((f) => formatFigure(f)),
  };
  return { chart, figures, spec, period: periodText(figures[0]?.period) };
}

/** A figure as every surface shows it: label, value («125–130 người»), period, the report's own words. */
export interface FigureView {
  indicator: string;
  label: string;
  value: string;
  period: string;
  quote?: string | undefined;
  note?: string | undefined;
}

export function viewOf(f: Omit<Figure, 'headline'>, labelOf: (indicator: string) => string): FigureView {
  return {
    indicator: f.indicator,
    label: labelOf(f.indicator),
    value: formatFigure(f),
    period: periodText(f.period),
    quote: f.quote,
    note: f.note,
  };
}

export interface UnitFigures {
  unit: string;
  unitName: string;
  datasets: readonly Dataset[];
}

export interface ComparisonRow {
  unitName: string;
  indicator: string;
  figure: Figure;
  period: string;
  source: Dataset['source'];
}

/**
 * For each comparison group, every figure of its indicators in every unit, each with its own period and
 * source; only groups that at least two units report. Nothing is added up or averaged.
 */
export function compareAcrossUnits(
  units: readonly UnitFigures[],
  groupOf: (indicator: string) => string | undefined,
): Map<string, ComparisonRow[]> {
  const groups = new Map<string, ComparisonRow[]>();
  for (const u of units) {
    for (const d of u.datasets) {
      for (const f of d.figures) {
        const group = groupOf(f.indicator);
        if (!group) continue;
        const row = {
          unitName: u.unitName,
          indicator: f.indicator,
          figure: f,
          period: periodText(f.period),
          source: d.source,
        };
        groups.set(group, [...(groups.get(group) ?? []), row]);
      }
    }
  }
  for (const [group, rows] of groups) {
    if (new Set(rows.map((r) => r.unitName)).size < 2) groups.delete(group);
  }
  return groups;
}

/**
 * A CSV download of a dataset: one row per figure, UTF-8 with a byte-order mark so spreadsheets read
 * Vietnamese. `gia_tri` is the number, or a range as «125–130» with its ends in `tu` and `den`.
 */
export function datasetCsv(data: Dataset, labelOf: (indicator: string) => string): string {
  const quote = (v: string | number | undefined) => {
    const s = v === undefined ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const header = [
    'chi_tieu',
    'ten_chi_tieu',
    'gia_tri',
    'tu',
    'den',
    'don_vi',
    'dien_dat',
    'ky_so_lieu',
    'nguon',
    'co_quan',
    'ngay_van_ban',
    'loi_van_ban',
    'ghi_chu',
  ];
  const rows = data.figures.map((f) =>
    [
      f.indicator,
      labelOf(f.indicator),
      f.range ? `${f.range.min}–${f.range.max}` : f.value,
      f.range?.min,
      f.range?.max,
      f.unit,
      f.qualifier,
      periodText(f.period),
      data.source.document,
      data.source.issuer,
      data.source.date,
      f.quote,
      f.note,
    ]
      .map(quote)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...rows].join('\n')}\n`;
}
