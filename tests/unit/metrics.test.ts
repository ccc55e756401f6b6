import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/checks/validate-content.ts';
import {
  chartProblems,
  compareAcrossUnits,
  consistencyProblems,
  datasetCsv,
  resolveChart,
  roundingOf,
  viewOf,
  type Dataset,
} from '../../src/lib/metrics.ts';

const fig = (indicator: string, value: number, extra: object = {}) =>
  ({ indicator, value, unit: 'ho-so', headline: false, ...extra }) as Dataset['figures'][number];
const range = (indicator: string, min: number, max: number, extra: object = {}) =>
  ({ indicator, range: { min, max }, unit: 'nguoi', headline: false, ...extra }) as Dataset['figures'][number];
const period = { from: '2025-07-01', to: '2025-12-11', label: '01/7/2025 – 11/12/2025' };

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

  it('refuses to add up or divide a range, naming it as the report wrote it', () => {
    const withRange = [range('can-bo', 125, 130), fig('thanh-vien', 230), fig('tong', 355)];
    const [sum] = consistencyProblems({
      figures: withRange,
      checks: [{ kind: 'tong', parts: ['can-bo', 'thanh-vien'], total: 'tong' }],
    });
    expect(sum?.field).toBe('checks[1]');
    expect(sum?.message).toMatch(/^phép kiểm tra này dùng «can-bo» \(125–130 người\): một khoảng không cộng, chia/);
    const [ratio] = consistencyProblems({
      figures: [...withRange, fig('p', 35, { unit: 'phan-tram' })],
      checks: [{ kind: 'ty-le', part: 'can-bo', whole: 'tong', percent: 'p' }],
    });
    expect(ratio?.message).toContain('«can-bo» (125–130 người)');
  });

  it('refuses to add up figures of different periods, and accepts figures the report gives no period for', () => {
    const mixed = [fig('a', 1, { period }), fig('b', 2), fig('c', 3, { period })];
    expect(
      consistencyProblems({ figures: mixed, checks: [{ kind: 'tong', parts: ['a', 'b'], total: 'c' }] })[0]?.message,
    ).toBe(
      'phép kiểm tra này ghép các số liệu khác kỳ: «a» (01/7/2025 – 11/12/2025), «b» (báo cáo không nêu kỳ), «c» (01/7/2025 – 11/12/2025). Chỉ ghép các số cùng kỳ.',
    );
    const none = [fig('a', 1), fig('b', 2), fig('c', 3)];
    expect(consistencyProblems({ figures: none, checks: [{ kind: 'tong', parts: ['a', 'b'], total: 'c' }] })).toEqual(
      [],
    );
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
  const chart = (figures: string[]) => ({ id: 'c', title: 'C', kind: 'cot' as const, figures, caption: 'x' });
  it('refuses a chart that would draw a range as one of its ends', () => {
    expect(
      chartProblems({ figures: [range('can-bo', 125, 130), fig('b', 230)], charts: [chart(['can-bo', 'b'])] }),
    ).toEqual([
      {
        field: 'charts[1].figures',
        message:
          'biểu đồ «c» dùng «can-bo» (125–130 người): một khoảng không cộng, chia hay vẽ được như một con số. Bỏ nó ra; nếu cần, nói về nó trong chú thích.',
      },
    ]);
  });
  it('refuses a chart of figures from different periods, and draws figures of one period', () => {
    expect(
      chartProblems({ figures: [fig('a', 1, { period }), fig('b', 2)], charts: [chart(['a', 'b'])] })[0]?.message,
    ).toBe(
      'biểu đồ «c» ghép các số liệu khác kỳ: «a» (01/7/2025 – 11/12/2025), «b» (báo cáo không nêu kỳ). Chỉ ghép các số cùng kỳ.',
    );
    expect(
      chartProblems({ figures: [fig('a', 1, { period }), fig('b', 2, { period })], charts: [chart(['a', 'b'])] }),
    ).toEqual([]);
  });
});

describe('resolveChart', () => {
  const data = {
    figures: [fig('a', 1), fig('b', 2), fig('c', 3)],
    charts: [{ id: 'c', title: 'C', kind: 'tron' as const, figures: ['c', 'a'], caption: 'x' }],
  };
  it('gives the chart, its figures in the chart’s order, the spec to draw it and its period', () => {
    const resolved = resolveChart(data, 'c', (id) => id.toUpperCase());
    expect(resolved?.figures.map((f) => f.indicator)).toEqual(['c', 'a']);
    expect(resolved?.spec).toEqual({
      kind: 'tron',
      labels: ['C', 'A'],
      values: [3, 1],
      texts: ['3 hồ sơ', '1 hồ sơ'],
    });
    expect(resolved?.period).toBe('báo cáo không nêu kỳ');
  });
  it('gives the period its figures share, and never draws a range', () => {
    const resolved = resolveChart(
      {
        figures: [fig('a', 1, { period }), range('r', 125, 130, { period }), fig('b', 2, { period })],
        charts: [{ id: 'c', title: 'C', kind: 'cot', figures: ['a', 'r', 'b'], caption: 'x' }],
      },
      'c',
      (id) => id,
    );
    expect(resolved?.period).toBe('01/7/2025 – 11/12/2025');
    expect(resolved?.spec.labels).toEqual(['a', 'b']);
    expect(resolved?.spec.values).toEqual([1, 2]);
  });
  it('gives nothing for a chart the dataset does not have', () => {
    expect(resolveChart(data, 'khong-co', (id) => id)).toBeUndefined();
  });
});

describe('datasetCsv', () => {
  const csv = datasetCsv(
    {
      title: 'T',
      source: { document: 'Báo cáo, số 1', issuer: 'UBND đặc khu Cát Hải', date: '2025-12' },
      figures: [
        fig('tiep-nhan', 9096, { note: 'Ghi "đúng"', period }),
        range('can-bo', 125, 130, { quote: '125 – 130 cán bộ, công chức' }),
      ],
      checks: [],
      charts: [],
    },
    (id) => (id === 'can-bo' ? 'Cán bộ được tập huấn' : 'Hồ sơ tiếp nhận'),
  );
  const lines = csv.split('\n');
  it('writes one row per figure with its own period and the source, quoting commas', () => {
    expect(lines[0]).toBe(
      '\uFEFFchi_tieu,ten_chi_tieu,gia_tri,tu,den,don_vi,dien_dat,ky_so_lieu,nguon,co_quan,ngay_van_ban,loi_van_ban,ghi_chu',
    );
    expect(lines[1]).toBe(
      'tiep-nhan,Hồ sơ tiếp nhận,9096,,,ho-so,,01/7/2025 – 11/12/2025,"Báo cáo, số 1",UBND đặc khu Cát Hải,2025-12,,"Ghi ""đúng"""',
    );
  });
  it('writes a range as «125–130» with both ends, says the report gives no period, and keeps its words', () => {
    expect(lines[2]).toBe(
      'can-bo,Cán bộ được tập huấn,125–130,125,130,nguoi,,báo cáo không nêu kỳ,"Báo cáo, số 1",UBND đặc khu Cát Hải,2025-12,"125 – 130 cán bộ, công chức",',
    );
  });
});

describe('compareAcrossUnits', () => {
  const source = { document: 'Báo cáo', issuer: 'UBND', date: '2025-12' };
  const ds = (label: string | undefined, figures: Dataset['figures']) =>
    ({
      title: 't',
      source,
      figures: figures.map((f) => (label ? { ...f, period: { label, to: '2025-12' } } : f)),
      checks: [],
      charts: [],
    }) as Dataset;
  const groupOf = (i: string) => ({ 'to-cnscd': 'to-cong-nghe-so', loa: 'loa-truyen-thanh' })[i];

  it('keeps groups two or more units report, each figure with its own period or none', () => {
    const groups = compareAcrossUnits(
      [
        { unit: 'a', unitName: 'Phường A', datasets: [ds('2025', [fig('to-cnscd', 70), fig('loa', 228)])] },
        { unit: 'b', unitName: 'Đặc khu B', datasets: [ds(undefined, [fig('to-cnscd', 58)])] },
      ],
      groupOf,
    );
    expect([...groups.keys()]).toEqual(['to-cong-nghe-so']);
    expect(groups.get('to-cong-nghe-so')?.map((r) => [r.unitName, r.figure.value, r.period])).toEqual([
      ['Phường A', 70, '2025'],
      ['Đặc khu B', 58, 'báo cáo không nêu kỳ'],
    ]);
  });
});

describe('viewOf', () => {
  it('gives a figure as every surface shows it: a range whole, its own period or none, the report’s words', () => {
    expect(viewOf(range('can-bo', 125, 130, { quote: 'Có 125 – 130 cán bộ' }), () => 'Cán bộ')).toEqual({
      indicator: 'can-bo',
      label: 'Cán bộ',
      value: '125–130 người',
      period: 'báo cáo không nêu kỳ',
      quote: 'Có 125 – 130 cán bộ',
      note: undefined,
    });
    expect(viewOf(fig('a', 9096, { period }), (id) => id).period).toBe('01/7/2025 – 11/12/2025');
  });
});

describe('the content check over malformed datasets', () => {
  const problems = validateContent(['demo'], join(import.meta.dirname, '..', 'fixtures', 'invalid'));
  const at = (file: string) =>
    problems.filter((p) => p.file === `content/units/demo/metrics/${file}`).map((p) => `${p.field}: ${p.message}`);
  it.each([
    ['khoang-nguoc.json', /^figures\[1\]\.range\.max: số lớn của khoảng phải lớn hơn số nhỏ/],
    ['so-va-khoang.json', /^figures\[1\]\.range: chỉ ghi một trong hai/],
    ['thieu-gia-tri.json', /^figures\[1\]\.value: thiếu giá trị/],
    ['bieu-do-co-khoang.json', /^charts\[1\]\.figures: biểu đồ «c» dùng «ho-so-tiep-nhan» \(125–130 hồ sơ\)/],
    ['tong-co-khoang.json', /^checks\[1\]: phép kiểm tra này dùng «ho-so-truc-tuyen» \(9\.000–9\.013 hồ sơ\)/],
    ['bieu-do-khac-ky.json', /^charts\[1\]\.figures: biểu đồ «c» ghép các số liệu khác kỳ/],
    ['ky-chung-ca-bo.json', /^period: /],
  ])('refuses %s: %s', (file, message) => {
    expect(at(file)).toContainEqual(expect.stringMatching(message));
  });
});
