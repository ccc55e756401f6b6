// Numbers as Vietnamese readers write them: 9.096 hồ sơ, 99,09%, hơn 20.000 lượt.
import { formatPartialDate } from './dates.ts';
import { measureUnits, qualifiers } from './vocabulary.ts';

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return number.format(value);
}

export function formatFigure(
  value: number,
  unit: keyof typeof measureUnits,
  qualifier?: keyof typeof qualifiers | undefined,
): string {
  const amount = unit === 'phan-tram' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${measureUnits[unit]}`;
  return qualifier ? `${qualifiers[qualifier]} ${amount}` : amount;
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
