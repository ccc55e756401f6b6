// How a procedure's fee and time read on the page. Unknown stays unknown, and says whom to ask.
import type { Procedure } from '../schemas/procedure.ts';
import { timeUnits } from './vocabulary.ts';

/** Whom to ask when a fact is unknown: the one-stop desk, or the ward police for residence. */
export const ASK = {
  'mot-cua': 'Hỏi Bộ phận một cửa trước khi nộp.',
  'cong-an': 'Hỏi Công an phường, xã, đặc khu trước khi nộp.',
} as const;

export type AskWhere = keyof typeof ASK;

/** "Chưa xác định", what is known, and whom to ask (unless the note already says so). */
function unknown(note: string | undefined, where: AskWhere): string {
  const known = note?.trim().replace(/[.;,]+$/, '');
  const ask = known && /\bhỏi\b/i.test(known) ? '' : ` ${ASK[where]}`;
  return `Chưa xác định${known ? `: ${known}.` : '.'}${ask}`;
}

const vnd = new Intl.NumberFormat('vi-VN');

export function formatVnd(amount: number): string {
  return `${vnd.format(amount)} đồng`;
}

/** A note in brackets after a fact, without its closing stop. */
const note = (text: string | undefined) => (text ? ` (${text.trim().replace(/[.;]+$/, '')})` : '');

type Fee = Procedure['fee']['online'];
type Time = Procedure['processingTime'];

export function describeFee(fee: Fee, where: AskWhere = 'mot-cua'): string {
  switch (fee.kind) {
    case 'mien-phi':
      return 'Miễn phí';
    case 'co-phi':
      return formatVnd(fee.amountVnd) + (fee.note ? ` (${fee.note.trim().replace(/[.;]+$/, '')})` : '');
    case 'chua-xac-dinh':
      return unknown(fee.note, where);
  }
}

export function describeTime(time: Time, where: AskWhere = 'mot-cua'): string {
  if (time.kind === 'chua-xac-dinh') return unknown(time.note, where);
  if (time.kind === 'trong-ngay') return `Trong ngày tiếp nhận hồ sơ${note(time.note)}`;
  const value = new Intl.NumberFormat('vi-VN').format(time.value);
  return `${value} ${timeUnits[time.unit]}${note(time.note)}`;
}

/** The ways to file, in words: «Trực tuyến, trực tiếp hoặc qua bưu chính». */
export function describeChannels(channels: Procedure['channels']): string {
  const ways = [
    channels.online && 'trực tuyến',
    channels.inPerson && 'trực tiếp',
    channels.post && 'qua bưu chính',
  ].filter((w): w is string => Boolean(w));
  if (ways.length === 0) return 'Chưa xác định';
  const last = ways.pop() ?? '';
  const text = ways.length === 0 ? last : `${ways.join(', ')} hoặc ${last}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
