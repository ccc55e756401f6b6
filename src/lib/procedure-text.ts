// How a procedure's facts read on the page: each value with the document it comes from, a sentence when two
// sources differ, and an unknown with what the sources do not say and whom to ask (the unit's own desk, from its
// profile). Only what the page shows leaves here: never a citation's quote or the copy it was read from.
import type { Procedure } from '../schemas/procedure.ts';
import { feeUnits, onlineLevels, timeUnits } from './vocabulary.ts';

const vnd = new Intl.NumberFormat('vi-VN');

export function formatVnd(amount: number): string {
  return `${vnd.format(amount)} đồng`;
}

/** A note in brackets after a fact, without its closing stop. */
const note = (text: string | undefined) => (text ? ` (${text.trim().replace(/[.;]+$/, '')})` : '');

/** «Chưa xác định» and what the sources do not say, as one sentence. */
function unknown(text: string | undefined): string {
  const known = text?.trim().replace(/[.;,]+$/, '');
  return known ? `Chưa xác định: ${known}.` : 'Chưa xác định.';
}

type Fee = NonNullable<Procedure['fee']['online']>;
type Time = Procedure['processingTime'];
type Level = Procedure['onlineLevel'];

export function describeFee(fee: Fee): string {
  switch (fee.kind) {
    case 'mien-phi':
      return `Miễn phí${note(fee.note)}`;
    case 'co-phi':
      return `${formatVnd(fee.amountVnd)}${fee.per ? `/${feeUnits[fee.per]}` : ''}${note(fee.note)}`;
    case 'chua-xac-dinh':
      return unknown(fee.note);
  }
}

export function describeTime(time: Time): string {
  if (time.kind === 'chua-xac-dinh') return unknown(time.note);
  if (time.kind === 'trong-ngay') return `Trong ngày tiếp nhận hồ sơ${note(time.note)}`;
  const value = new Intl.NumberFormat('vi-VN').format(time.value);
  const from = time.from ? `, ${time.from.trim().replace(/[.;,]+$/, '')}` : '';
  return `${value} ${timeUnits[time.unit]}${from}${note(time.note)}`;
}

export function describeLevel(level: Level): string {
  return level.level === 'chua-xac-dinh' ? unknown(level.note) : `${onlineLevels[level.level]}${note(level.note)}`;
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

/** A citation as the page shows it: the document's name, and its address when it has an official one. */
export interface ShownCitation {
  document: string;
  url?: string | undefined;
}

/** One fact on the page. */
export interface FactRow {
  label: string;
  value: string;
  /** Where the value comes from; none for an unknown or a fact the guide states itself. */
  cite?: ShownCitation | undefined;
  /** One sentence when two sources give different values. */
  differs?: string | undefined;
  /** An unknown: the page follows it with whom to ask. */
  unknown: boolean;
}

type Cited = { cite?: ShownCitation | undefined; differs?: string | undefined };

/** Only what the page shows of a citation: never its quote or the repository copy it was read from. */
function shown(value: Cited): Pick<FactRow, 'cite' | 'differs'> {
  const cite = value.cite && { document: value.cite.document, ...(value.cite.url ? { url: value.cite.url } : {}) };
  return { ...(cite ? { cite } : {}), ...(value.differs ? { differs: value.differs } : {}) };
}

const row = (label: string, value: string, fact: Cited & ({ kind: string } | { level: string })): FactRow => ({
  label,
  value,
  ...shown(fact),
  unknown: ('kind' in fact ? fact.kind : fact.level) === 'chua-xac-dinh',
});

/**
 * The facts a resident checks first, in order: where (the unit's own desk), how, online level, time, fees. No
 * online fee without an online channel. `desk`: the office that receives the filing, named from the profile.
 */
export function procedureFactRows(
  p: Pick<Procedure, 'channels' | 'onlineLevel' | 'processingTime' | 'fee'>,
  desk: string,
): FactRow[] {
  return [
    { label: 'Nộp ở đâu', value: desk, unknown: false },
    { label: 'Cách nộp', value: describeChannels(p.channels), unknown: false },
    row('Mức trực tuyến', describeLevel(p.onlineLevel), p.onlineLevel),
    row('Thời hạn giải quyết', describeTime(p.processingTime), p.processingTime),
    ...(p.channels.online && p.fee.online
      ? [row('Phí khi nộp trực tuyến', describeFee(p.fee.online), p.fee.online)]
      : []),
    row('Phí khi nộp trực tiếp', describeFee(p.fee.inPerson), p.fee.inPerson),
  ];
}
