// How a procedure's facts read on the page: each value with the document it comes from, a sentence when two
// sources differ, and an unknown with what the sources do not say and whom to ask (the unit's own desk, from its
// profile). Only what the page shows leaves here: never a citation's quote or the copy it was read from. The
// short block at the top of a guide gets the same values without their notes, one short line each.
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

/** `notes: false`: the value alone (no note, no «kể từ…»), for the short block at the top of a guide. */
export interface DescribeOptions {
  notes?: boolean;
}

type Fee = NonNullable<Procedure['fee']['online']>;
type Time = Procedure['processingTime'];
type Level = Procedure['onlineLevel'];

export function describeFee(fee: Fee, { notes = true }: DescribeOptions = {}): string {
  const after = notes ? note(fee.note) : '';
  switch (fee.kind) {
    case 'mien-phi':
      return `Miễn phí${after}`;
    case 'co-phi':
      return `${formatVnd(fee.amountVnd)}${fee.per ? `/${feeUnits[fee.per]}` : ''}${after}`;
    case 'chua-xac-dinh':
      return notes ? unknown(fee.note) : 'Chưa xác định';
  }
}

export function describeTime(time: Time, { notes = true }: DescribeOptions = {}): string {
  if (time.kind === 'chua-xac-dinh') return notes ? unknown(time.note) : 'Chưa xác định';
  const after = notes ? note(time.note) : '';
  if (time.kind === 'trong-ngay') return `Trong ngày tiếp nhận hồ sơ${after}`;
  const value = new Intl.NumberFormat('vi-VN').format(time.value);
  const from = notes && time.from ? `, ${time.from.trim().replace(/[.;,]+$/, '')}` : '';
  return `${value} ${timeUnits[time.unit]}${from}${after}`;
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

/**
 * Who a guide is for, in one short clause: the first sentence without what is in brackets, and without the
 * examples or list that follow «ví dụ», «trong đó», a colon or a semicolon. The full text stays on the page below.
 */
export function shortAudience(audience: string): string {
  const text = audience.trim().replace(/\s+/g, ' ');
  const first = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? text;
  const clause = first.replace(/\s*\([^)]*\)/g, '').split(/[:;]|,?\s+(?:ví dụ|trong đó)\s/u)[0] ?? first;
  return clause.trim().replace(/[.,;:]+$/, '');
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The short block at the top of a guide: who it is for, how long, how much, where to file, one short line each,
 * values without their notes (the full facts below keep them). The fee is one line: one value when filing
 * online and in person cost the same, both when they differ. `unknown`: the page follows the value with whom to ask.
 */
export function shortFactRows(
  p: Pick<Procedure, 'audience' | 'channels' | 'processingTime' | 'fee'>,
  desk: string,
): FactRow[] {
  const short = { notes: false };
  const inPerson = describeFee(p.fee.inPerson, short);
  const online = p.channels.online && p.fee.online ? describeFee(p.fee.online, short) : undefined;
  const fee =
    online === undefined || online === inPerson
      ? inPerson
      : `Trực tuyến: ${lowerFirst(online)}; trực tiếp: ${lowerFirst(inPerson)}`;
  const feeUnknown =
    p.fee.inPerson.kind === 'chua-xac-dinh' || (online !== undefined && p.fee.online?.kind === 'chua-xac-dinh');
  return [
    { label: 'Dành cho', value: shortAudience(p.audience), unknown: false },
    {
      label: 'Thời hạn',
      value: describeTime(p.processingTime, short),
      unknown: p.processingTime.kind === 'chua-xac-dinh',
    },
    { label: 'Phí', value: fee, unknown: feeUnknown },
    { label: 'Nộp tại', value: desk, unknown: false },
  ];
}
