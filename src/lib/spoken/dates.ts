// Dates and clock times as a broadcaster reads them: «01/7/2025» → «ngày mồng một tháng bảy năm hai nghìn
// không trăm hai mươi lăm», «07:30» → «bảy giờ ba mươi phút». Days 1 to 10 take «mồng» (the standard spelling;
// «mùng» is a spoken variant); the fourth month is «tháng tư»; the first is «tháng một» (a solar date, not
// the lunar «tháng giêng»).
import { numberToWords } from './numbers.ts';

/** A calendar date, or a month or year alone, as sources give them («tháng 12/2025», «năm 2025»). */
export interface DateParts {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}

/** Whether day/month/year name a real calendar date (no 31/4, no 29/2 outside leap years). */
export function isCalendarDate(day: number, month: number, year: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function dayWords(day: number): string {
  return day <= 10 ? `mồng ${numberToWords(day)}` : numberToWords(day);
}

function monthWords(month: number): string {
  return month === 4 ? 'tư' : numberToWords(month);
}

/** «ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm», «tháng mười hai năm …», «năm …». */
export function dateToWords({ year, month, day }: DateParts): string {
  const yearText = `năm ${numberToWords(year)}`;
  if (month === undefined) return yearText;
  const monthText = `tháng ${monthWords(month)} ${yearText}`;
  return day === undefined ? monthText : `ngày ${dayWords(day)} ${monthText}`;
}

/** A day and month without the year: «ngày mồng một tháng bảy». */
export function dayMonthToWords(day: number, month: number): string {
  return `ngày ${dayWords(day)} tháng ${monthWords(month)}`;
}

/** A date as the content files store it, «2025-12-15», «2025-12» or «2025», in words. */
export function partialDateToWords(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) throw new RangeError(`Không đọc được ngày «${value}»`);
  return dateToWords({ year, month, day });
}

/** A wall-clock time, 24-hour: «bảy giờ ba mươi phút», «mười bốn giờ» on the hour. */
export function timeToWords(hour: number, minute: number): string {
  const hourText = `${numberToWords(hour)} giờ`;
  return minute === 0 ? hourText : `${hourText} ${numberToWords(minute)} phút`;
}
