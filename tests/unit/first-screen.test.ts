import { describe, expect, it } from 'vitest';
import {
  goals,
  judge,
  parseOptions,
  scanReport,
  screenPages,
  screenTable,
  TEXT_SIZE_KEY,
  textSizes,
  type Measured,
  type ScreenPage,
} from '../../scripts/lib/first-screen.ts';
import { textSizeEarly } from '../../src/lib/inline-scripts.ts';

const examples = { qrCode: 'ho-dan', newsItem: 'tin-a', infographic: 'info-a', guideOnline: true };
const pageNamed = (key: string, pages = screenPages(examples)) => pages.find((p) => p.key === key) as ScreenPage;
const box = (top: number, bottom: number) => ({ top, bottom });

describe('screenPages', () => {
  it('asks each page type for the answers of the shared contract', () => {
    const answers = (key: string) => pageNamed(key).answers;
    expect(answers('trang-chu')).toEqual([{ name: 'nhom', count: 4 }]);
    expect(answers('ma-qr')).toEqual([
      { name: 'loi-chao', count: 1 },
      { name: 'viec', count: 3 },
    ]);
    expect(answers('tim-kiem')).toEqual([{ name: 'ket-qua-dau', count: 1 }]);
    expect(answers('huong-dan')).toEqual([
      { name: 'tom-tat', count: 1 },
      { name: 'nop-truc-tuyen', count: 1 },
    ]);
    expect(answers('bai-tin')).toEqual([]);
  });

  it('asks for the online-filing button only where the guide can be filed online', () => {
    const pages = screenPages({ ...examples, guideOnline: false });
    expect(pageNamed('huong-dan', pages).answers).toEqual([{ name: 'tom-tat', count: 1 }]);
  });

  it('opens the unit’s own examples, the search residents type and an unknown address', () => {
    const paths = screenPages(examples).map((p) => p.path);
    expect(paths).toContain('/q/ho-dan/');
    expect(paths).toContain('/tim-kiem/?q=l%C3%A0m%20gi%E1%BA%A5y%20khai%20sinh');
    expect(judge(pageNamed('tim-kiem'), { header: 1, h1: 1, answers: [] }).cells[0]).toBe(
      'tìm kiếm (/tim-kiem/?q=làm giấy khai sinh)',
    );
    expect(paths).toContain('/thu-tuc/dang-ky-khai-sinh/');
    expect(paths).toContain('/tin-tuc/tin-a/');
    expect(paths).toContain('/infographic/info-a/');
    expect(paths).toContain('/khong-co-trang-nay/');
    expect(
      screenPages(examples)
        .filter((p) => p.shot)
        .map((p) => p.key),
    ).toEqual(['trang-chu', 'ma-qr', 'tim-kiem', 'huong-dan', 'bai-tin']);
  });

  it('leaves out the page types a unit has no example of', () => {
    const keys = screenPages({ ...examples, newsItem: undefined, infographic: undefined }).map((p) => p.key);
    expect(keys).not.toContain('bai-tin');
    expect(keys).not.toContain('infographic');
  });
});

describe('judge', () => {
  const guide = pageNamed('huong-dan');
  const onGoal: Measured = {
    header: goals.header,
    h1: goals.h1,
    answers: [
      { name: 'tom-tat', box: box(220, 600) },
      { name: 'nop-truc-tuyen', box: box(610, goals.answerBottom) },
    ],
  };

  it('passes a page exactly on its goals', () => {
    const judged = judge(guide, onGoal);
    expect(judged.failures).toEqual([]);
    expect(judged.cells).toEqual([
      'hướng dẫn thủ tục (/thu-tuc/dang-ky-khai-sinh/)',
      '120 ✓',
      '200 ✓',
      'tom-tat 220–600 ✓ · nop-truc-tuyen 610–740 ✓',
    ]);
  });

  it('fails a pixel over each goal, naming what and where', () => {
    const judged = judge(guide, {
      header: 120.6,
      h1: 201,
      answers: [
        { name: 'tom-tat', box: box(220, 600) },
        { name: 'nop-truc-tuyen', box: box(700, 741) },
      ],
    });
    expect(judged.failures).toEqual([
      'đầu trang 121 px > 120 px',
      'H1 ở 201 px > 200 px',
      'nop-truc-tuyen: đáy ở 741 px > 740 px',
    ]);
    expect(judged.cells.slice(1)).toEqual(['121 ✗', '201 ✗', 'tom-tat 220–600 ✓ · nop-truc-tuyen 700–741 ✗']);
  });

  it('prints «—» for what a page lacks, and fails it', () => {
    const judged = judge(pageNamed('ma-qr'), {
      header: null,
      h1: null,
      answers: [{ name: 'viec', box: box(300, 350) }],
    });
    expect(judged.cells.slice(1)).toEqual(['— ✗', '— ✗', 'loi-chao — ✗ · viec 300–350 ✓, — ✗, — ✗']);
    expect(judged.failures).toEqual([
      'đầu trang không có > 120 px',
      'H1 không có > 200 px',
      'loi-chao: thiếu 1 trên 1',
      'viec: thiếu 2 trên 3',
    ]);
  });

  it('fails a hidden answer, and judges answers a page marks beyond its expected ones', () => {
    const judged = judge(pageNamed('bai-tin'), {
      header: 80,
      h1: 100,
      answers: [
        { name: 'tom-tat', box: null },
        { name: 'them', box: box(800, 900) },
      ],
    });
    expect(judged.cells[3]).toBe('tom-tat ẩn ✗ · them 800–900 ✗');
    expect(judged.failures).toEqual(['tom-tat: bị ẩn', 'them: đáy ở 900 px > 740 px']);
  });

  it('says so when a page type has no answer to show', () => {
    expect(judge(pageNamed('hoi-dap'), { header: 80, h1: 100, answers: [] }).cells[3]).toBe(
      '(không có mục nào phải trả lời)',
    );
  });
});

describe('screenTable', () => {
  it('aligns the columns under their header', () => {
    const lines = screenTable([
      judge(pageNamed('trang-chu'), { header: 422, h1: 449, answers: [] }),
      judge(pageNamed('hoi-dap'), { header: 64, h1: 90, answers: [] }),
    ]);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Trang +Đầu trang +Đỉnh H1 +Phần trả lời/);
    const column = (line: string | undefined, text: string) => (line ?? '').indexOf(text) + text.length;
    expect(column(lines[1], '422 ✗')).toBe(column(lines[0], 'Đầu trang'));
    expect(column(lines[2], '64 ✓')).toBe(column(lines[0], 'Đầu trang'));
  });
});

describe('scanReport', () => {
  const at = (s: number) => 1_000_000 + s * 1000;
  const loadAt = at(2);

  it('splits the bytes at the load event, totals them against the goal and lists the largest first', () => {
    const fetched = [
      { path: '/q/ho-dan/', bytes: 9_600, at: at(0) },
      { path: '/sw.js', bytes: 3_000, at: at(3) },
      ...Array.from({ length: 11 }, (_, i) => ({ path: `/thu-tuc/${i}/`, bytes: 1_000 + i, at: at(4) })),
    ];
    const report = scanReport(fetched, loadAt);
    expect(report.total).toBe(9_600 + 3_000 + 11 * 1_000 + 55);
    expect(report.ok).toBe(true);
    expect(report.lines.slice(0, 3)).toEqual([
      'Tới lúc trang tải xong (sự kiện load):    9.4 kB, 1 tệp',
      'Trong 30 s sau đó:                       13.7 kB, 12 tệp',
      'Tổng:                                    23.1 kB, 13 tệp (mục tiêu ≤ 80.0 kB)  ✓',
    ]);
    const largest = report.lines.slice(4);
    expect(largest).toHaveLength(10);
    expect(largest[0]).toBe('  9.4 kB  /q/ho-dan/  (trước load)');
    expect(largest[1]).toBe('  2.9 kB  /sw.js');
    expect(largest[2]).toBe('  1.0 kB  /thu-tuc/10/');
  });

  it('fails a byte over 80 kB', () => {
    const one = (bytes: number) => scanReport([{ path: '/q/x/', bytes, at: at(0) }], loadAt);
    expect(one(goals.scanBytes).ok).toBe(true);
    expect(one(goals.scanBytes + 1).ok).toBe(false);
    expect(one(goals.scanBytes + 1).lines[2]).toMatch(/ ✗$/);
  });
});

describe('parseOptions', () => {
  const units = ['hong-bang', 'cat-hai', 'phu-lien'];
  const parse = (...args: string[]) => parseOptions(args, units, 'hong-bang');

  it('measures the default unit, without failing or photographing, unless asked', () => {
    expect(parse()).toEqual({ units: ['hong-bang'], strict: false, shots: undefined });
    expect(parse('--strict', '--shots=anh')).toEqual({ units: ['hong-bang'], strict: true, shots: 'anh' });
  });

  it('takes units by name, as a list, or all of them', () => {
    expect(parse('--unit=cat-hai,phu-lien').units).toEqual(['cat-hai', 'phu-lien']);
    expect(parse('--unit=phu-lien', '--unit=phu-lien').units).toEqual(['phu-lien']);
    expect(parse('--unit=all').units).toEqual(units);
  });

  it('refuses a unit that does not exist and an option it does not know', () => {
    expect(() => parse('--unit=hong-an')).toThrow('Không có đơn vị «hong-an»; có: hong-bang, cat-hai, phu-lien, all.');
    expect(() => parse('--shots')).toThrow('Không hiểu --shots');
    expect(() => parse('--stric')).toThrow('Không hiểu --stric');
  });
});

describe('text sizes', () => {
  it('sets the size where the pages read it (the script also checks that the page took it)', () => {
    expect(textSizeEarly).toContain(`localStorage.getItem('${TEXT_SIZE_KEY}')`);
    expect(textSizes.map((s) => s.value)).toEqual(['vua', 'rat-lon']);
  });
});
