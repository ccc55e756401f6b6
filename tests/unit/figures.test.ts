// A figure as residents read it: a range stays a range («125–130 người»), and a figure without a period
// says the report gives none.
import { describe, expect, it } from 'vitest';
import { formatFigure, noPeriod, periodNotes, periodText } from '../../src/lib/figures.ts';
import { chartConfig } from '../../src/browser/chart-setup.ts';
import { figureSchema } from '../../src/schemas/metrics.ts';

describe('formatFigure with a range', () => {
  it('writes both ends with an en dash and the unit once', () => {
    expect(formatFigure({ range: { min: 125, max: 130 }, unit: 'nguoi' })).toBe('125–130 người');
  });
  it('writes Vietnamese separators at both ends, a percentage sign once, and the qualifier before', () => {
    expect(formatFigure({ range: { min: 1440, max: 2000 }, unit: 'luot', qualifier: 'hon' })).toBe(
      'hơn 1.440–2.000 lượt',
    );
    expect(formatFigure({ range: { min: 62.5, max: 70 }, unit: 'phan-tram' })).toBe('62,5–70%');
  });
  it('never writes one end alone', () => {
    const text = formatFigure({ range: { min: 125, max: 130 }, unit: 'nguoi' });
    expect(text).not.toMatch(/^125 /);
    expect(text).toContain('130');
  });
});

describe('periodText', () => {
  it('gives the period as the report words it', () => {
    expect(periodText({ label: '01/7/2025 – 11/12/2025' })).toBe('01/7/2025 – 11/12/2025');
  });
  it('says the report gives none where a figure has no period', () => {
    expect(periodText(undefined)).toBe(noPeriod);
    expect(noPeriod).toBe('báo cáo không nêu kỳ');
  });
});

describe('periodNotes (a screen slide of figures)', () => {
  const period = '01/7/2025 – 11/12/2025';
  it('says a period all the figures share once, in the footnote', () => {
    expect(periodNotes([period, period])).toEqual({ each: [undefined, undefined], footnote: `Kỳ số liệu: ${period}.` });
    expect(periodNotes([noPeriod, noPeriod, noPeriod]).footnote).toBe(`Kỳ số liệu: ${noPeriod}.`);
  });
  it('says «báo cáo không nêu kỳ» once for the figures without a period, each other figure its own', () => {
    const notes = periodNotes([noPeriod, period, noPeriod, 'Năm 2025', noPeriod]);
    expect(notes.each).toEqual([undefined, `Kỳ số liệu: ${period}`, undefined, 'Kỳ số liệu: Năm 2025', undefined]);
    expect(notes.footnote).toBe(`Số không ghi kỳ: ${noPeriod}.`);
    const said = [...notes.each, notes.footnote].join(' ');
    expect(said.split(noPeriod).length - 1).toBe(1);
  });
  it('needs no footnote when every figure has a period of its own', () => {
    expect(periodNotes([period, 'Năm 2025'])).toEqual({ each: [`Kỳ số liệu: ${period}`, 'Kỳ số liệu: Năm 2025'] });
  });
});

describe('figureSchema', () => {
  const base = { indicator: 'can-bo', unit: 'nguoi' };
  it('takes a number or a range, with an optional period of its own and the report’s words', () => {
    expect(figureSchema.safeParse({ ...base, value: 125 }).success).toBe(true);
    const range = figureSchema.safeParse({
      ...base,
      range: { min: 125, max: 130 },
      period: { to: '2025', label: 'Năm 2025' },
      quote: '125 – 130 cán bộ, công chức',
    });
    expect(range.success).toBe(true);
  });
  it.each([
    ['neither a number nor a range', {}, 'value', /thiếu giá trị/],
    ['both a number and a range', { value: 125, range: { min: 125, max: 130 } }, 'range', /chỉ ghi một trong hai/],
    ['a range whose ends are the wrong way round', { range: { min: 130, max: 125 } }, 'range.max', /số lớn/],
    ['a range of one number', { range: { min: 125, max: 125 } }, 'range.max', /số lớn/],
    ['a percentage range past 100', { unit: 'phan-tram', range: { min: 90, max: 101 } }, 'range', /100/],
    [
      'a period that ends before it starts',
      { value: 1, period: { from: '2025-12', to: '2025-07', label: 'x' } },
      'period.to',
      /trước ngày bắt đầu/,
    ],
  ])('refuses %s', (_, extra, path, message) => {
    const result = figureSchema.safeParse({ ...base, ...extra });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ path: path.split('.'), message: expect.stringMatching(message) }),
    );
  });
});

describe('chart tooltips', () => {
  it('say each value as the report words it («gần 900 lượt»), not the bare number drawn', () => {
    const spec = { kind: 'cot' as const, labels: ['Đăng ký', 'Hoàn thành'], values: [1440, 900] };
    const config = chartConfig(
      {
        ...spec,
        texts: [
          formatFigure({ value: 1440, unit: 'luot' }),
          formatFigure({ value: 900, unit: 'luot', qualifier: 'gan' }),
        ],
      },
      { animate: false, fontSize: 15 },
    );
    const label = config.options?.plugins?.tooltip?.callbacks?.label as (c: {
      dataIndex: number;
      raw: unknown;
    }) => string;
    expect(label({ dataIndex: 1, raw: 900 })).toBe('gần 900 lượt');
    expect(label({ dataIndex: 0, raw: 1440 })).toBe('1.440 lượt');
  });
});
