// Guides due for another look: a guide whose `checkedOn` is more than 12 months before today. `npm run check`
// lists them as a warning that stops nothing. «Today» comes in as a calendar date (YYYY-MM-DD), so tests pin it
// and never read the machine's clock.
import { formatDate, isoDate } from '../lib/dates.ts';

/** How long a guide's facts are trusted without another look at their sources. */
export const REVIEW_MONTHS = 12;

export interface ReviewDate {
  file: string;
  checkedOn: Date;
}

/** The same calendar day `months` earlier (the last day of the month when that day does not exist). */
function monthsBefore(day: string, months: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const [year, month] = [Math.floor(total / 12), (total % 12) + 1];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Guides last checked more than REVIEW_MONTHS before `today` (YYYY-MM-DD), oldest first. */
export function dueForReview(dates: readonly ReviewDate[], today: string): ReviewDate[] {
  const limit = monthsBefore(today, REVIEW_MONTHS);
  return dates.filter((d) => isoDate(d.checkedOn) < limit).sort((a, b) => +a.checkedOn - +b.checkedOn);
}

/** The warning `npm run check` prints: each guide due and when it was last checked. */
export function formatReviewDue(due: readonly ReviewDate[]): string {
  return [
    `Nhắc việc: ${due.length} hướng dẫn thủ tục đã quá ${REVIEW_MONTHS} tháng chưa kiểm tra lại với nguồn (không làm dừng kiểm tra hay dựng trang).`,
    'Đối chiếu thời hạn, phí, lệ phí, mức trực tuyến với văn bản nguồn rồi sửa checkedOn thành ngày kiểm tra:',
    ...due.map((d) => `  ◦ ${d.file} — kiểm tra lần cuối ${formatDate(d.checkedOn)}`),
  ].join('\n');
}
