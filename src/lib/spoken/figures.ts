// Every figure in a sentence said in words: dates («ngày 01/7/2025», «tháng 11/2025»), clock times
// («07:30»), ordinals («lần thứ I»), ranges («125 – 130» → «từ một trăm hai mươi lăm đến một trăm ba mươi»),
// ratios («20/20» → «hai mươi trên hai mươi»), percentages, measures (km², đồng) and plain numbers. Document
// symbols («192/KH-UBND») are read before this, by documents.ts. The result has no digit left.
import { dateToWords, dayMonthToWords, isCalendarDate, timeToWords } from './dates.ts';
import { digitsToWords, ordinalWord, romanToNumber, writtenNumberToWords } from './numbers.ts';

// A written number: digits, with «.» or «,» between digit groups («9.096», «98,39», «1.000.000»).
const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
// Not glued to a letter, digit or another number before it.
const START = String.raw`(?<![\p{L}\p{N}.,/])`;
const END = String.raw`(?![\p{N}/])`;

const capitalise = (model: string, text: string) =>
  /^\p{Lu}/u.test(model) ? text.charAt(0).toLocaleUpperCase('vi') + text.slice(1) : text;

// Measures written after a number, and how they are said.
const measures: Record<string, string> = {
  'km²': 'ki-lô-mét vuông',
  km2: 'ki-lô-mét vuông',
  'm²': 'mét vuông',
  m2: 'mét vuông',
  km: 'ki-lô-mét',
  kg: 'ki-lô-gam',
  ha: 'héc-ta',
  đ: 'đồng',
  VNĐ: 'đồng',
  VND: 'đồng',
};

interface Rule {
  pattern: RegExp;
  speak: (match: string, groups: Record<string, string | undefined>, before: string) => string | undefined;
}

const num = (written: string | undefined, decimalPoint = false) =>
  writtenNumberToWords(written ?? '', { decimalPoint });

const rules: Rule[] = [
  {
    // A code after «mã» is read digit by digit: «mã 2.000635» → «mã hai chấm không không không sáu ba năm».
    pattern: /(?<lead>(?<![\p{L}\p{N}])[Mm]ã(?: số)?(?: thủ tục)?\s+)(?<code>\d+(?:[.-]\d+)*)(?![\p{N}])/gu,
    speak: (_match, { lead, code }) =>
      `${lead}${(code ?? '')
        .split(/[.-]/)
        .map((part) => digitsToWords(part))
        .join(' chấm ')}`,
  },
  {
    // «ngày 01/7/2025», «01/7/2025»: a real calendar date; the «ngày» already written is not said twice.
    pattern: new RegExp(String.raw`(?<lead>[Nn]gày\s+)?${START}(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4})${END}`, 'gu'),
    speak: (match, { d, m, y }) => {
      const [day, month, year] = [Number(d), Number(m), Number(y)];
      if (!isCalendarDate(day, month, year)) return undefined;
      return capitalise(match, dateToWords({ year, month, day }));
    },
  },
  {
    // «tháng 11/2025», «7/2025».
    pattern: new RegExp(String.raw`(?<lead>[Tt]háng\s+)?${START}(?<m>\d{1,2})\/(?<y>\d{4})${END}`, 'gu'),
    speak: (match, { m, y }) => {
      const month = Number(m);
      if (month < 1 || month > 12) return undefined;
      return capitalise(match, dateToWords({ year: Number(y), month }));
    },
  },
  {
    // «ngày 01/7» without a year.
    pattern: new RegExp(String.raw`(?<lead>[Nn]gày\s+)${START}(?<d>\d{1,2})\/(?<m>\d{1,2})${END}`, 'gu'),
    speak: (match, { d, m }) => {
      const [day, month] = [Number(d), Number(m)];
      return isCalendarDate(day, month, 2024) ? capitalise(match, dayMonthToWords(day, month)) : undefined;
    },
  },
  {
    // «07:30», «7h30», «22h».
    pattern: new RegExp(String.raw`${START}(?<h>\d{1,2})(?::(?<m>\d{2})|h(?<hm>\d{2})?)(?![\p{L}\p{N}])`, 'gu'),
    speak: (_match, { h, m, hm }) => {
      const [hour, minute] = [Number(h), Number(m ?? hm ?? 0)];
      return hour < 24 && minute < 60 ? timeToWords(hour, minute) : undefined;
    },
  },
  {
    // «lần thứ I», «thứ 4» → «thứ nhất», «thứ tư».
    pattern: /(?<![\p{L}\p{N}])(?<lead>[Tt]hứ)\s+(?<n>\d+|[IVXLC]+)(?![\p{L}\p{N}])/gu,
    speak: (_match, { lead, n }) => {
      const value = /^\d+$/.test(n ?? '') ? Number(n) : romanToNumber(n ?? '');
      return value === undefined ? undefined : `${lead} ${ordinalWord(value)}`;
    },
  },
  {
    // «125 – 130», «3–10 năm», «10-20%»: «từ … đến …» (just «… đến …» after a written «từ»).
    pattern: new RegExp(
      String.raw`${START}(?<a>${NUMBER})(?<pa>\s*%)?\s*[–—-]\s*(?<b>${NUMBER})(?<pb>\s*%)?${END}`,
      'gu',
    ),
    speak: (_match, { a, pa, b, pb }, before) => {
      const percent = pa !== undefined || pb !== undefined;
      const from = /(^|\s)từ\s*$/iu.test(before) ? '' : 'từ ';
      return `${from}${num(a, percent)} đến ${num(b, percent)}${percent ? ' phần trăm' : ''}`;
    },
  },
  {
    // «20/20 người», «5.010/5.092 hồ sơ»: «hai mươi trên hai mươi».
    pattern: new RegExp(String.raw`${START}(?<a>${NUMBER})\s*\/\s*(?<b>${NUMBER})${END}`, 'gu'),
    speak: (_match, { a, b }) => `${num(a)} trên ${num(b)}`,
  },
  {
    // «98,39%», «98.39%» (written the English way), «100 %».
    pattern: new RegExp(String.raw`${START}(?<a>${NUMBER})\s*%`, 'gu'),
    speak: (_match, { a }) => `${num(a, true)} phần trăm`,
  },
  {
    // «286,98 km²», «50.000đ», «1.000.000 VNĐ».
    pattern: new RegExp(
      String.raw`${START}(?<a>${NUMBER})\s*(?<unit>${Object.keys(measures).join('|')})(?![\p{L}\p{N}])`,
      'gu',
    ),
    speak: (_match, { a, unit }) => `${num(a)} ${measures[unit ?? '']}`,
  },
  {
    // Any other number: «9.096», «08», «1.4» (a section number, «một chấm bốn»); also one left between
    // slashes when they made no date («31/2/2025»).
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}.,])(?<a>${NUMBER})`, 'gu'),
    speak: (_match, { a }) => num(a),
  },
  {
    // Digits inside a code glued to letters («C06») are read one by one.
    pattern: /(?<digits>\d+)/gu,
    speak: (match, _groups, before) => `${/\p{L}$/u.test(before) ? ' ' : ''}${digitsToWords(match)}`,
  },
];

/** How much of the text before a figure its rule may look at («từ» before a range, a letter before digits). */
const BEFORE = 40;

/** `text` with every figure said in words (see the rules above, tried in order). */
export function speakFigures(text: string): string {
  let result = text;
  for (const { pattern, speak } of rules) {
    result = result.replace(pattern, (match, ...args) => {
      const offset = args.at(-3) as number;
      const whole = args.at(-2) as string;
      const groups = (args.at(-1) ?? {}) as Record<string, string | undefined>;
      // Only the last few characters: a slice from the start for each figure would make the time grow with its square.
      return speak(match, groups, whole.slice(Math.max(0, offset - BEFORE), offset)) ?? match;
    });
  }
  return result;
}
