// How a procedure's fee and time read on the page. Unknown stays unknown, and says whom to ask.
import type { Procedure } from '../schemas/procedure.ts';
import { timeUnits } from './vocabulary.ts';

export const ASK_DESK = 'Hỏi Bộ phận một cửa trước khi nộp';

const vnd = new Intl.NumberFormat('vi-VN');

export function formatVnd(amount: number): string {
  return `${vnd.format(amount)} đồng`;
}

type Fee = Procedure['fee']['online'];
type Time = Procedure['processingTime'];

export function describeFee(fee: Fee): string {
  switch (fee.kind) {
    case 'mien-phi':
      return 'Miễn phí';
    case 'co-phi':
      return formatVnd(fee.amountVnd) + (fee.note ? ` (${fee.note})` : '');
    case 'chua-xac-dinh':
      return `Chưa xác định${fee.note ? `: ${fee.note}` : ''}. ${ASK_DESK}.`;
  }
}

export function describeTime(time: Time): string {
  if (time.kind === 'chua-xac-dinh') return `Chưa xác định${time.note ? `: ${time.note}` : ''}. ${ASK_DESK}.`;
  const value = new Intl.NumberFormat('vi-VN').format(time.value);
  return `${value} ${timeUnits[time.unit]}${time.note ? ` (${time.note})` : ''}`;
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
