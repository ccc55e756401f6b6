import { describe, expect, it } from 'vitest';
import {
  chartProblems,
  compareAcrossUnits,
  consistencyProblems,
  datasetCsv,
  resolveChart,
  roundingOf,
  type Dataset,
} from '../../src/lib/metrics.ts';

const fig = (indicator: string, value: number, extra: object = {}) =>
  ({ indicator, value, unit: 'ho-so', headline: false, ...extra }) as Dataset['figures'][number];

describe('roundingOf', () => {
  it.each([
    [99.09, 0.005],
    [79.3, 0.05],
    [100, 0.5],
  ])('%d → %d', (v, r) => {
    expect(roundingOf(v)).toBeCloseTo(r, 10);
  });
});

describe('consistencyProblems', () => {
  const figures = [
    fig('toan-trinh', 1965),
    fig('mot-phan', 7048),
    fig('truc-tiep', 83),
    fig('tiep-nhan', 9096),
    fig('truc-tuyen', 9013),
    fig('ty-le', 99.09, { unit: 'phan-tram' }),
  ];

  it('accepts the Cát Hải figures as the report gives them', () => {
    expect(
      consistencyProblems({
        figures,
        checks: [
          { kind: 'tong', parts: ['toan-trinh', 'mot-phan', 'truc-tiep'], total: 'tiep-nhan' },
          { kind: 'ty-le', part: 'truc-tuyen', whole: 'tiep-nhan', percent: 'ty-le' },
        ],
      }),
    ).toEqual([]);
  });

  it('names the figures and the difference when parts do not add up', () => {
    const broken = figures.map((f) => (f.indicator === 'truc-tiep' ? { ...f, value: 93 } : f));
    expect(
      consistencyProblems({
        figures: broken,
        checks: [{ kind: 'tong', parts: ['toan-trinh', 'mot-phan', 'truc-tiep'], total: 'tiep-nhan' }],
      }),
    ).toEqual([
      {
        field: 'checks[1]',
        message: 'toan-trinh (1.965) + mot-phan (7.048) + truc-tiep (93) = 9.106, nhưng tiep-nhan là 9.096: lệch 10.',
      },
    ]);
  });

  it('names the count, the total and the gap when a percentage is wrong', () => {
    const broken = figures.map((f) => (f.indicator === 'ty-le' ? { ...f, value: 98.09 } : f));
    const [problem] = consistencyProblems({
      figures: broken,
      checks: [{ kind: 'ty-le', part: 'truc-tuyen', whole: 'tiep-nhan', percent: 'ty-le' }],
    });
    expect(problem?.message).toBe(
      'truc-tuyen / tiep-nhan = 9.013 / 9.096 = 99,088%, nhưng ty-le ghi 98,09%: lệch 0,998 điểm phần trăm.',
    );
  });

  it('allows the rounding the report used, and more when it says «khoảng»', () => {
    const rounded = [fig('a', 88), fig('b', 111), fig('p', 79.3, { unit: 'phan-tram' })];
    expect(
      consistencyProblems({ figures: rounded, checks: [{ kind: 'ty-le', part: 'a', whole: 'b', percent: 'p' }] }),
    ).toEqual([]);
    const about = [fig('a', 900, { qualifier: 'gan' }), fig('b', 1440), fig('p', 63, { unit: 'phan-tram' })];
    expect(
      consistencyProblems({ figures: about, checks: [{ kind: 'ty-le', part: 'a', whole: 'b', percent: 'p' }] }),
    ).toEqual([]);
  });

  it('reports a check that names a figure the dataset does not have', () => {
    expect(
      consistencyProblems({
        figures,
        checks: [{ kind: 'tong', parts: ['toan-trinh', 'khong-co'], total: 'tiep-nhan' }],
      })[0]?.message,
    ).toBe('không có số liệu nào mang mã «khong-co» trong bộ này.');
  });
});

describe('chartProblems', () => {
  it('refuses a chart that draws a figure the dataset does not hold', () => {
    expect(
      chartProblems({
        figures: [fig('a', 1)],
        charts: [{ id: 'c', title: 'C', kind: 'cot', figures: ['a', 'b'], caption: 'x' }],
      }),
    ).toEqual([
      { field: 'charts[1].figures', message: 'biểu đồ «c» dùng «b», nhưng bộ số liệu không có chỉ tiêu này.' },
    ]);
  });
});

describe('resolveChart', () => {
  const data = {
    figures: [fig('a', 1), fig('b', 2), fig('c', 3)],
    charts: [{ id: 'c', title: 'C', kind: 'tron' as const, figures: ['c', 'a'], caption: 'x' }],
  };
  it('gives the chart, its figures in the chart’s order and the spec to draw it', () => {
    const resolved = resolveChart(data, 'c', (id) => id.toUpperCase());
    expect(resolved?.figures.map((f) => f.indicator)).toEqual(['c', 'a']);
    expect(resolved?.spec).toEqual({ kind: 'tron', labels: ['C', 'A'], values: [3, 1] });
  });
  it('gives nothing for a chart the dataset does not have', () => {
    expect(resolveChart(data, 'khong-co', (id) => id)).toBeUndefined();
  });
});

describe('datasetCsv', () => {
  it('writes one row per figure with its period and source, quoting commas', () => {
    const csv = datasetCsv(
      {
        title: 'T',
        period: { label: '01/7/2025 – 11/12/2025', to: '2025-12-11' },
        source: { document: 'Báo cáo, số 1', issuer: 'UBND đặc khu Cát Hải', date: '2025-12' },
        figures: [fig('tiep-nhan', 9096, { note: 'Ghi "đúng"' })],
        checks: [],
        charts: [],
      },
      () => 'Hồ sơ tiếp nhận',
    );
    const lines = csv.split('\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[1]).toBe(
      'tiep-nhan,Hồ sơ tiếp nhận,9096,ho-so,,01/7/2025 – 11/12/2025,"Báo cáo, số 1",UBND đặc khu Cát Hải,2025-12,"Ghi ""đúng"""',
    );
  });
});

describe('compareAcrossUnits', () => {
  const source = { document: 'Báo cáo', issuer: 'UBND', date: '2025-12' };
  const ds = (label: string, figures: Dataset['figures']) =>
    ({ title: 't', period: { label, to: '2025-12' }, source, figures, checks: [], charts: [] }) as Dataset;
  const groupOf = (i: string) => ({ 'to-cnscd': 'to-cong-nghe-so', loa: 'loa-truyen-thanh' })[i];

  it('keeps groups two or more units report, each figure with its own period', () => {
    const groups = compareAcrossUnits(
      [
        { unit: 'a', unitName: 'Phường A', datasets: [ds('2025', [fig('to-cnscd', 70), fig('loa', 228)])] },
        { unit: 'b', unitName: 'Đặc khu B', datasets: [ds('12/2025', [fig('to-cnscd', 58)])] },
      ],
      groupOf,
    );
    expect([...groups.keys()]).toEqual(['to-cong-nghe-so']);
    expect(groups.get('to-cong-nghe-so')?.map((r) => [r.unitName, r.figure.value, r.period])).toEqual([
      ['Phường A', 70, '2025'],
      ['Đặc khu B', 58, '12/2025'],
    ]);
  });
});
