import { describe, expect, it } from 'vitest';
import { groupByVocabulary, newestFirst, published } from '../../src/lib/entries.ts';
import { formatFigure, formatNumber } from '../../src/lib/figures.ts';
import { contentGroups, currentSection, primaryNav } from '../../src/lib/navigation.ts';
import { ASK_DESK, describeChannels, describeFee, describeTime, formatVnd } from '../../src/lib/procedure-text.ts';

describe('procedure text', () => {
  it('never states an unknown fee or time as known, and says whom to ask', () => {
    expect(describeFee({ kind: 'chua-xac-dinh' })).toBe(`Chưa xác định. ${ASK_DESK}.`);
    expect(describeFee({ kind: 'chua-xac-dinh', note: 'Hải Phòng chưa công bố mức nộp trực tiếp' })).toContain(
      'Chưa xác định: Hải Phòng chưa công bố',
    );
    expect(describeTime({ kind: 'chua-xac-dinh', note: 'Cổng ghi 3, không ghi đơn vị' })).toMatch(
      /^Chưa xác định: .*một cửa/,
    );
  });

  it('writes known amounts in Vietnamese notation', () => {
    expect(describeFee({ kind: 'mien-phi' })).toBe('Miễn phí');
    expect(describeFee({ kind: 'co-phi', amountVnd: 8000 })).toBe('8.000 đồng');
    expect(formatVnd(1500000)).toBe('1.500.000 đồng');
    expect(describeTime({ kind: 'da-biet', value: 3, unit: 'ngay-lam-viec' })).toBe('3 ngày làm việc');
    expect(describeTime({ kind: 'da-biet', value: 0.5, unit: 'ngay', note: 'nhận trước 15 giờ' })).toBe(
      '0,5 ngày (nhận trước 15 giờ)',
    );
  });

  it('lists the ways to file', () => {
    expect(describeChannels({ online: true, inPerson: true, post: true })).toBe(
      'Trực tuyến, trực tiếp hoặc qua bưu chính',
    );
    expect(describeChannels({ online: false, inPerson: true, post: false })).toBe('Trực tiếp');
    expect(describeChannels({ online: true, inPerson: true, post: false })).toBe('Trực tuyến hoặc trực tiếp');
    expect(describeChannels({ online: false, inPerson: false, post: false })).toBe('Chưa xác định');
  });
});

describe('figures', () => {
  it('uses Vietnamese separators and units', () => {
    expect(formatNumber(9096)).toBe('9.096');
    expect(formatFigure(99.09, 'phan-tram')).toBe('99,09%');
    expect(formatFigure(20000, 'luot', 'hon')).toBe('hơn 20.000 lượt');
    expect(formatFigure(286.98, 'km2')).toBe('286,98 km²');
  });
});

describe('navigation', () => {
  it('has the four content groups first, then figures and search', () => {
    expect(contentGroups.map((g) => g.label)).toEqual([
      'Thông tin nổi bật',
      'Thông tin tuyên truyền',
      'Thủ tục hành chính',
      'Thông tin phản hồi',
    ]);
    expect(primaryNav.map((g) => g.href)).toEqual([
      '/tin-tuc/',
      '/tuyen-truyen/',
      '/thu-tuc/',
      '/phan-hoi/',
      '/so-lieu/',
      '/tim-kiem/',
    ]);
  });
  it('finds the section of a page', () => {
    expect(currentSection('/thu-tuc/dang-ky-khai-sinh/')?.href).toBe('/thu-tuc/');
    expect(currentSection('/tin-tuc/')?.href).toBe('/tin-tuc/');
    expect(currentSection('/')).toBeUndefined();
  });
});

describe('entries', () => {
  const e = (id: string, date: string, draft = false) => ({ id, data: { date: new Date(date), draft } });
  it('drops drafts and sorts newest first, stable by id', () => {
    const list = [e('a', '2025-08-13'), e('c', '2025-10-10', true), e('b', '2025-12-01'), e('d', '2025-08-13')];
    expect(newestFirst(published(list)).map((x) => x.id)).toEqual(['b', 'a', 'd']);
  });
});

describe('groupByVocabulary', () => {
  it('keeps the vocabulary order and drops empty groups', () => {
    const vocabulary = { a: 'Nhóm A', b: 'Nhóm B', c: 'Nhóm C' };
    const items = [{ k: ['c'] }, { k: ['a', 'c'] }];
    expect(groupByVocabulary(vocabulary, items, (i, key) => i.k.includes(key))).toEqual([
      { key: 'a', label: 'Nhóm A', items: [{ k: ['a', 'c'] }] },
      { key: 'c', label: 'Nhóm C', items: [{ k: ['c'] }, { k: ['a', 'c'] }] },
    ]);
  });
});
