// Dates in Vietnamese, as residents read them: 15/12/2025, tháng 12/2025, năm 2025; and what a wall clock
// in a unit's time zone reads at a given moment (its «today», a screen's hours), whatever the machine's zone.

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date as dd/mm/yyyy, read in UTC so a build anywhere gives the same text. */
export function formatDate(date: Date): string {
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** The zone a unit's dates and hours are read in unless its profile names another. */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Whether `name` is a time zone this JavaScript engine knows (an IANA name such as «Asia/Ho_Chi_Minh»). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.trim() !== '';
  } catch {
    return false;
  }
}

/** A moment as a wall clock in `timeZone` reads it: the same answer whatever zone the machine runs in. */
export interface ZonedTime {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  hour: number;
  minute: number;
}

// A kiosk asks every second: build each zone's formatter once.
const formatters = new Map<string, Intl.DateTimeFormat>();
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function zonedTime(now: Date, timeZone: string): ZonedTime {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(part('year')),
    month: Number(part('month')),
    day: Number(part('day')),
    weekday: weekdays.indexOf(part('weekday')),
    hour: Number(part('hour')) % 24,
    minute: Number(part('minute')),
  };
}

/** The calendar date in `timeZone` at this moment, YYYY-MM-DD: «today» for a unit in that zone. */
export function dateIn(now: Date, timeZone: string): string {
  const { year, month, day } = zonedTime(now, timeZone);
  return `${year}-${pad(month)}-${pad(day)}`;
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
