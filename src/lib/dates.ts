// Dates in Vietnamese, as residents read them: 15/12/2025, tháng 12/2025, năm 2025.

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date as dd/mm/yyyy, read in UTC so a build anywhere gives the same text. */
export function formatDate(date: Date): string {
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** Today's date in Vietnam (Asia/Ho_Chi_Minh), YYYY-MM-DD. */
export function vietnamDate(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** ISO date for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** <time datetime> no more precise than the source: "2025-12-15", or "2025-12" when only the month is known. */
export function isoDateAs(date: Date, precision: 'ngay' | 'thang' = 'ngay'): string {
  return precision === 'thang' ? isoDate(date).slice(0, 7) : isoDate(date);
}

/** "2025-12-15" → "15/12/2025", "2025-12" → "tháng 12/2025", "2025" → "năm 2025". */
export function formatPartialDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (d) return `${d}/${m}/${y}`;
  if (m) return `tháng ${m}/${y}`;
  return `năm ${y}`;
}

/** A date shown no more precisely than the source gives it: "15/12/2025" or "tháng 12/2025". */
export function formatDateAs(date: Date, precision: 'ngay' | 'thang' = 'ngay'): string {
  return precision === 'thang' ? `tháng ${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}` : formatDate(date);
}
