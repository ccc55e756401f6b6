// Numbers, dates and times as a broadcaster reads them: the reading rules (linh, mốt, tư, lăm, mồng, tháng
// tư), the figures the content writes, and the Vietnamese way of writing them («.» thousands, «,» decimals).
import { describe, expect, it } from 'vitest';
import {
  dateToWords,
  dayMonthToWords,
  digitsToWords,
  numberToWords,
  ordinalWord,
  partialDateToWords,
  speakText,
  timeToWords,
  writtenNumberToWords,
} from '../../src/lib/spoken/index.ts';
import { romanToNumber } from '../../src/lib/spoken/numbers.ts';

describe('numberToWords: the reading rules', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [1000, 'một nghìn'],
    [1001, 'một nghìn không trăm linh một'],
    [1010, 'một nghìn không trăm mười'],
    [2025, 'hai nghìn không trăm hai mươi lăm'],
    [1_000_000, 'một triệu'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [1_000_000_000, 'một tỷ'],
    [2_500_000_000, 'hai tỷ năm trăm triệu'],
    [1_100_000_000_000, 'một nghìn một trăm tỷ'],
    [98.39, 'chín mươi tám phẩy ba mươi chín'],
    [0.05, 'không phẩy không năm'],
  ])('%s → «%s»', (value, words) => {
    expect(numberToWords(value)).toBe(words);
  });

  it('takes canonical strings and drops leading zeros', () => {
    expect(numberToWords('08')).toBe('tám');
    expect(numberToWords('9096')).toBe('chín nghìn không trăm chín mươi sáu');
  });

  it('refuses what is not a number, rather than reading it as «không»', () => {
    expect(() => numberToWords('9.096.1x')).toThrow(RangeError);
    expect(() => numberToWords(Number.NaN)).toThrow(RangeError);
    expect(() => numberToWords(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('writtenNumberToWords: figures as the content writes them', () => {
  // Every figure below is written so in content/units/*/news or */campaigns.
  it.each([
    ['9.096', 'chín nghìn không trăm chín mươi sáu'],
    ['9.013', 'chín nghìn không trăm mười ba'],
    ['8.969', 'tám nghìn chín trăm sáu mươi chín'],
    ['5.010', 'năm nghìn không trăm mười'],
    ['5.092', 'năm nghìn không trăm chín mươi hai'],
    ['1.440', 'một nghìn bốn trăm bốn mươi'],
    ['1.500', 'một nghìn năm trăm'],
    ['2.000', 'hai nghìn'],
    ['71.000', 'bảy mươi mốt nghìn'],
    ['1.000.000', 'một triệu'],
    ['98,39', 'chín mươi tám phẩy ba mươi chín'],
    ['99,09', 'chín mươi chín phẩy không chín'],
    ['286,98', 'hai trăm tám mươi sáu phẩy chín mươi tám'],
    ['62,5', 'sáu mươi hai phẩy năm'],
    ['21,6', 'hai mươi mốt phẩy sáu'],
    ['0,9', 'không phẩy chín'],
    ['445', 'bốn trăm bốn mươi lăm'],
    ['549', 'năm trăm bốn mươi chín'],
    ['228', 'hai trăm hai mươi tám'],
    ['04', 'bốn'],
    ['1.234,5', 'một nghìn hai trăm ba mươi tư phẩy năm'],
  ])('«%s» → «%s»', (written, words) => {
    expect(writtenNumberToWords(written)).toBe(words);
  });

  it('reads a «.» that groups no thousands as a section number, or as a decimal sign in a percentage', () => {
    expect(writtenNumberToWords('1.4')).toBe('một chấm bốn');
    expect(writtenNumberToWords('2.5.1')).toBe('hai chấm năm chấm một');
    expect(writtenNumberToWords('98.39', { decimalPoint: true })).toBe('chín mươi tám phẩy ba mươi chín');
  });
});

describe('figures in a sentence', () => {
  it.each([
    ['98,39%', 'chín mươi tám phẩy ba mươi chín phần trăm'],
    ['98.39%', 'chín mươi tám phẩy ba mươi chín phần trăm'],
    ['100%', 'một trăm phần trăm'],
    ['0,9%', 'không phẩy chín phần trăm'],
    ['125–130', 'từ một trăm hai mươi lăm đến một trăm ba mươi'],
    ['125 – 130 cán bộ', 'từ một trăm hai mươi lăm đến một trăm ba mươi cán bộ'],
    ['máy tính đã 3–10 năm tuổi', 'máy tính đã từ ba đến mười năm tuổi'],
    ['từ 3 - 5 ngày', 'từ ba đến năm ngày'],
    ['10–20%', 'từ mười đến hai mươi phần trăm'],
    ['20/20 cán bộ', 'hai mươi trên hai mươi cán bộ'],
    ['5.010/5.092 hồ sơ', 'năm nghìn không trăm mười trên năm nghìn không trăm chín mươi hai hồ sơ'],
    ['01/7/2025', 'ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm'],
    ['từ ngày 01/7/2025', 'từ ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm'],
    ['Ngày 18/8/2025, phường', 'Ngày mười tám tháng tám năm hai nghìn không trăm hai mươi lăm, phường'],
    ['22/12/2024', 'ngày hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi tư'],
    ['ngày 15/4/2026', 'ngày mười lăm tháng tư năm hai nghìn không trăm hai mươi sáu'],
    ['ngày 10/1', 'ngày mồng mười tháng một'],
    ['tháng 11/2025', 'tháng mười một năm hai nghìn không trăm hai mươi lăm'],
    ['từ 7/2025', 'từ tháng bảy năm hai nghìn không trăm hai mươi lăm'],
    ['năm 2030', 'năm hai nghìn không trăm ba mươi'],
    ['lúc 07:30', 'lúc bảy giờ ba mươi phút'],
    ['14:00', 'mười bốn giờ'],
    ['7h30', 'bảy giờ ba mươi phút'],
    ['lần thứ I', 'lần thứ nhất'],
    ['lần thứ 4', 'lần thứ tư'],
    ['286,98 km²', 'hai trăm tám mươi sáu phẩy chín mươi tám ki-lô-mét vuông'],
    ['1.500.000 đồng', 'một triệu năm trăm nghìn đồng'],
    ['50.000đ', 'năm mươi nghìn đồng'],
    ['lệ phí 0 đồng', 'lệ phí không đồng'],
    ['08 văn bản', 'tám văn bản'],
    ['mã 2.000635', 'mã hai chấm không không không sáu ba năm'],
  ])('«%s» → «%s»', (text, spoken) => {
    expect(speakText(text)).toBe(spoken);
  });

  it('leaves no digit even where slashes make no date', () => {
    expect(speakText('ngày 31/2/2025')).not.toMatch(/\d/);
  });
});

describe('dates and times from their parts', () => {
  it('reads a full date, a month and a year as the content stores them', () => {
    expect(dateToWords({ year: 2025, month: 7, day: 1 })).toBe(
      'ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm',
    );
    expect(partialDateToWords('2025-08-13')).toBe('ngày mười ba tháng tám năm hai nghìn không trăm hai mươi lăm');
    expect(partialDateToWords('2025-12')).toBe('tháng mười hai năm hai nghìn không trăm hai mươi lăm');
    expect(partialDateToWords('2025')).toBe('năm hai nghìn không trăm hai mươi lăm');
    expect(dayMonthToWords(11, 12)).toBe('ngày mười một tháng mười hai');
  });
  it('reads clock times on the hour and past it', () => {
    expect(timeToWords(7, 30)).toBe('bảy giờ ba mươi phút');
    expect(timeToWords(0, 5)).toBe('không giờ năm phút');
    expect(timeToWords(22, 0)).toBe('hai mươi hai giờ');
  });
  it('reads ordinals, Roman numerals and codes', () => {
    expect([1, 2, 4, 14].map(ordinalWord)).toEqual(['nhất', 'hai', 'tư', 'mười bốn']);
    expect(['I', 'IV', 'IX', 'XIV', 'IIII', ''].map(romanToNumber)).toEqual([1, 4, 9, 14, undefined, undefined]);
    expect(digitsToWords('0225')).toBe('không hai hai năm');
  });
});
