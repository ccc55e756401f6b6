// Numbers as Vietnamese readers write them: 9.096 hồ sơ, 99,09%, hơn 20.000 lượt, 125–130 người; and a
// figure's period, or that the report gives none.
import { formatPartialDate } from './dates.ts';
import { measureUnits, qualifiers } from './vocabulary.ts';

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return number.format(value);
}

/** What a figure states: one number or, where the report writes «125 – 130», a range. */
export interface Amount {
  value?: number | undefined;
  range?: { min: number; max: number } | undefined;
  unit: keyof typeof measureUnits;
  qualifier?: keyof typeof qualifiers | undefined;
}

/** A figure as residents read it: «9.096 hồ sơ», «99,09%», «hơn 20.000 lượt», a range as «125–130 người». */
export function formatFigure(amount: Amount): string {
  const { range, unit, qualifier } = amount;
  const digits = range ? `${formatNumber(range.min)}–${formatNumber(range.max)}` : formatNumber(amount.value ?? 0);
  const text = unit === 'phan-tram' ? `${digits}%` : `${digits} ${measureUnits[unit]}`;
  return qualifier ? `${qualifiers[qualifier]} ${text}` : text;
}

/** What pages and screens say where the report gives no period for a figure. */
export const noPeriod = 'báo cáo không nêu kỳ';

/** A figure's period as the report words it, or that the report gives none. */
export function periodText(period: { label: string } | undefined): string {
  return period?.label ?? noPeriod;
}

/**
 * How a group of figures shown together (one screen slide) says their periods: one period shared by all is
 * said once in the footnote; otherwise each figure says the period the report gives it, and «báo cáo không
 * nêu kỳ» is said once in the footnote for the figures without one, never under each.
 */
export function periodNotes(periods: readonly string[]): { each: (string | undefined)[]; footnote?: string } {
  const distinct = new Set(periods);
  const [only] = distinct;
  if (distinct.size === 1 && only !== undefined)
    return { each: periods.map(() => undefined), footnote: `Kỳ số liệu: ${only}.` };
  const each = periods.map((p) => (p === noPeriod ? undefined : `Kỳ số liệu: ${p}`));
  return distinct.has(noPeriod) ? { each, footnote: `Số không ghi kỳ: ${noPeriod}.` } : { each };
}

/** A file size as readers expect it: 850 B, 120 kB, 1,4 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
}

/** Where a figure comes from, in one line: «Nguồn: Báo cáo … — UBND …, tháng 12/2025.» */
export function sourceLine(source: { document: string; issuer: string; date: string }): string {
  return `Nguồn: ${source.document} — ${source.issuer}, ${formatPartialDate(source.date)}.`;
}
