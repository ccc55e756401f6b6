// Numbers as Vietnamese words, as a broadcaster reads them: «9.096» → «chín nghìn không trăm chín mươi sáu».
// The words come from read-vietnamese-number, set to the northern reading: «linh» (not «lẻ») for a zero in
// the tens place, «mốt» after «mươi», «tư» for a final 4 after «mươi» (hai mươi tư), «lăm» for a final 5
// after «mười»/«mươi» (mười lăm, hai mươi lăm; «năm» in «một trăm linh năm»), «nghìn» (not «ngàn»), «tỷ».
// The decimal sign is read «phẩy». Written figures are parsed here, never by the library (see parseWrittenNumber).
import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';

const config = new ReadingConfig();
config.unit = [];
config.units = [[], ['nghìn'], ['triệu'], ['tỷ']];
config.oddText = 'linh';
config.pointText = 'phẩy';

const digitWords = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/**
 * A number in words. `value` is a JavaScript number or a canonical string: digits, an optional minus sign and
 * an optional «.» before the decimals («9096», «98.39»). Written Vietnamese figures («9.096», «98,39») go
 * through `parseWrittenNumber` first. Up to three decimals are read as a number («phẩy ba mươi chín»), more
 * digit by digit; leading zeros are dropped («08» → «tám»).
 */
export function numberToWords(value: number | string): string {
  return doReadNumber(canonical(value), config);
}

function canonical(value: number | string): string {
  if (typeof value === 'string') {
    if (!/^-?\d+(\.\d+)?$/.test(value)) throw new RangeError(`Không đọc được số «${value}»`);
    return value;
  }
  if (!Number.isFinite(value)) throw new RangeError(`Không đọc được số ${value}`);
  // Integers past 2^53 print in exponent form; a BigInt prints every digit.
  return Number.isInteger(value) ? BigInt(value).toString() : String(value);
}

/** Digits one by one, as a code or a telephone number is read: «0225» → «không hai hai năm». */
export function digitsToWords(digits: string): string {
  return [...digits]
    .filter((character) => /\d/.test(character))
    .map((digit) => digitWords[Number(digit)])
    .join(' ');
}

/** An ordinal after «thứ»: 1 → «nhất», 4 → «tư», otherwise the number («thứ hai», «thứ mười bốn»). */
export function ordinalWord(n: number): string {
  if (n === 1) return 'nhất';
  if (n === 4) return 'tư';
  return numberToWords(n);
}

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** A Roman numeral up to C as a number (IV → 4), or undefined when the letters are not one. */
export function romanToNumber(roman: string): number | undefined {
  if (!/^(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(roman) || roman === '') return undefined;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = romanValues[roman[i] ?? ''] ?? 0;
    const next = romanValues[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * A figure as Vietnamese text writes it, in words. «.» groups thousands and «,» marks decimals («9.096»,
 * «1.000.000», «98,39», «1.234,5»). A «.» not followed by groups of exactly three digits is not a thousands
 * sign: with `decimalPoint` (a percentage such as «98.39%», written the English way) it is read as a decimal
 * sign, otherwise as a section number, «1.4» → «một chấm bốn».
 */
export function writtenNumberToWords(written: string, options: { decimalPoint?: boolean } = {}): string {
  const thousands = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(written);
  if (thousands || /^\d+(,\d+)?$/.test(written)) {
    return numberToWords(written.replaceAll('.', '').replace(',', '.'));
  }
  if (/^\d+\.\d+$/.test(written) && options.decimalPoint) return numberToWords(written);
  if (/^\d+(\.\d+)+$/.test(written)) {
    return written
      .split('.')
      .map((part) => numberToWords(part))
      .join(' chấm ');
  }
  throw new RangeError(`Không đọc được số «${written}»`);
}
