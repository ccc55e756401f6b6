// Figures from the units' reports: how they must agree with each other, and how they read as a table
// or a download. Parts must add up to their total, and a count to its percentage, within the rounding
// the report itself used.
import type { z } from 'astro/zod';
import type { figureSchema, metricsSchema } from '../schemas/metrics.ts';

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

/** Charts may only draw figures their dataset holds. */
export function chartProblems(data: Pick<Dataset, 'figures' | 'charts'>): ConsistencyProblem[] {
  const known = new Set(data.figures.map((f) => f.indicator));
  return (data.charts ?? []).flatMap((c, i) =>
    c.figures
      .filter((f) => !known.has(f))
      .map((f) => ({
        field: `charts[${i + 1}].figures`,
        message: `biểu đồ «${c.id}» dùng «${f}», nhưng bộ số liệu không có chỉ tiêu này.`,
      })),
  );
}

/** What Chart.js needs to draw a chart, on the figures page and on screens. */
export interface ChartSpec {
  kind: 'cot' | 'tron';
  labels: string[];
  values: number[];
}

/**
 * One chart of a dataset with its figures in the chart's order and the spec to draw it; undefined when the
 * dataset has no such chart (the content check refuses that, so pages may treat it as a bug).
 */
export function resolveChart(
  data: Pick<Dataset, 'figures' | 'charts'>,
  chartId: string,
  labelOf: (indicator: string) => string,
): { chart: Dataset['charts'][number]; figures: Figure[]; spec: ChartSpec } | undefined {
  const chart = data.charts.find((c) => c.id === chartId);
  if (!chart) return undefined;
  const figures = chart.figures.flatMap((id) => data.figures.filter((f) => f.indicator === id));
  const spec = {
    kind: chart.kind,
    labels: figures.map((f) => labelOf(f.indicator)),
    values: figures.map((f) => f.value),
  };
  return { chart, figures, spec };
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
          period: d.period.label,
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

/** A CSV download of a dataset: one row per figure, UTF-8 with a byte-order mark so spreadsheets read Vietnamese. */
export function datasetCsv(data: Dataset, labelOf: (indicator: string) => string): string {
  const quote = (v: string | number | undefined) => {
    const s = v === undefined ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const header = [
    'chi_tieu',
    'ten_chi_tieu',
    'gia_tri',
    'don_vi',
    'dien_dat',
    'ky_so_lieu',
    'nguon',
    'co_quan',
    'ngay_van_ban',
    'ghi_chu',
  ];
  const rows = data.figures.map((f) =>
    [
      f.indicator,
      labelOf(f.indicator),
      f.value,
      f.unit,
      f.qualifier,
      data.period.label,
      data.source.document,
      data.source.issuer,
      data.source.date,
      f.note,
    ]
      .map(quote)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...rows].join('\n')}\n`;
}
