import { describe, expect, it } from 'vitest';
import { groupByVocabulary, newestFirst, paginate, related } from '../../src/lib/entries.ts';
import { formatFigure, formatNumber } from '../../src/lib/figures.ts';
import { contentGroups, currentSection, primaryNav } from '../../src/lib/navigation.ts';
import {
  describeChannels,
  describeFee,
  describeLevel,
  describeTime,
  formatVnd,
  procedureFactRows,
  shortAudience,
  shortFactRows,
} from '../../src/lib/procedure-text.ts';
import { applyOverride, searchTextOf } from '../../src/lib/procedures.ts';
import { deskName, filingOffice, knowsDesk } from '../../src/lib/unit-profile.ts';

describe('procedure text', () => {
  it('never states an unknown fee or time as known, and says what the sources do not say', () => {
    expect(describeFee({ kind: 'chua-xac-dinh' })).toBe('Chưa xác định.');
    expect(describeFee({ kind: 'chua-xac-dinh', note: 'Hải Phòng chưa công bố mức nộp trực tiếp.' })).toBe(
      'Chưa xác định: Hải Phòng chưa công bố mức nộp trực tiếp.',
    );
    expect(describeTime({ kind: 'chua-xac-dinh', note: 'Cổng ghi 3, không ghi đơn vị' })).toBe(
      'Chưa xác định: Cổng ghi 3, không ghi đơn vị.',
    );
    expect(describeLevel({ level: 'chua-xac-dinh', note: 'Cổng chưa ghi mức' })).toBe(
      'Chưa xác định: Cổng chưa ghi mức.',
    );
    expect(describeLevel({ level: 'chi-truc-tiep' })).toBe('Chỉ nộp trực tiếp');
  });

  it('writes known amounts in Vietnamese notation, per unit when the source gives one', () => {
    expect(describeFee({ kind: 'mien-phi' })).toBe('Miễn phí');
    expect(describeFee({ kind: 'co-phi', amountVnd: 8000 })).toBe('8.000 đồng');
    expect(describeFee({ kind: 'co-phi', amountVnd: 2000, per: 'trang' })).toBe('2.000 đồng/trang');
    expect(describeFee({ kind: 'co-phi', amountVnd: 50000, note: 'mỗi di chúc.' })).toBe('50.000 đồng (mỗi di chúc)');
    expect(formatVnd(1500000)).toBe('1.500.000 đồng');
    expect(describeTime({ kind: 'da-biet', value: 3, unit: 'ngay-lam-viec', from: 'kể từ ngày nhận đủ hồ sơ.' })).toBe(
      '3 ngày làm việc, kể từ ngày nhận đủ hồ sơ',
    );
    expect(describeTime({ kind: 'da-biet', value: 0.5, unit: 'ngay', note: 'nhận trước 15 giờ' })).toBe(
      '0,5 ngày (nhận trước 15 giờ)',
    );
    expect(describeTime({ kind: 'trong-ngay', note: 'nộp sau 15 giờ thì nhận trong ngày làm việc tiếp theo.' })).toBe(
      'Trong ngày tiếp nhận hồ sơ (nộp sau 15 giờ thì nhận trong ngày làm việc tiếp theo)',
    );
  });

  const cite = {
    document: 'Luật Hộ tịch số 60/2014/QH13, Điều 16',
    url: 'https://vbpl.vn/luat-ho-tich',
    quote: 'ngay sau khi nhận đủ giấy tờ',
    readFrom: { repo: 'chu/kho-ban-chep', path: 'ho-tich.md', commit: 'a'.repeat(40) },
  };
  const facts = {
    channels: { online: false, inPerson: true, post: false },
    onlineLevel: { level: 'chi-truc-tiep', cite },
    processingTime: { kind: 'trong-ngay', cite, differs: 'Văn bản cũ ghi 01 ngày làm việc.' },
    fee: { online: { kind: 'mien-phi', cite }, inPerson: { kind: 'chua-xac-dinh', note: 'Chưa công bố' } },
  } as const;

  it('shows each value with its document, never its quote or the copy it was read from', () => {
    const rows = procedureFactRows(facts, 'Bộ phận một cửa của phường Hồng Bàng');
    expect(rows.map((r) => r.label)).toEqual([
      'Nộp ở đâu',
      'Cách nộp',
      'Mức trực tuyến',
      'Thời hạn giải quyết',
      'Phí khi nộp trực tiếp',
    ]);
    expect(rows[0]?.value).toBe('Bộ phận một cửa của phường Hồng Bàng');
    expect(rows[2]).toEqual({
      label: 'Mức trực tuyến',
      value: 'Chỉ nộp trực tiếp',
      cite: { document: cite.document, url: cite.url },
      unknown: false,
    });
    expect(rows[3]?.differs).toBe('Văn bản cũ ghi 01 ngày làm việc.');
    expect(rows[4]).toMatchObject({ unknown: true, value: 'Chưa xác định: Chưa công bố.' });
    expect(JSON.stringify(rows)).not.toMatch(/ngay sau khi|kho-ban-chep/);
  });

  it('shows the online fee only when there is an online channel', () => {
    const online = procedureFactRows({ ...facts, channels: { ...facts.channels, online: true } }, 'Bàn');
    expect(online.map((r) => r.label)).toContain('Phí khi nộp trực tuyến');
  });

  it('gives the short block one short line per fact: values without notes, an unknown marked for whom to ask', () => {
    const rows = shortFactRows(
      { ...facts, audience: 'Cha hoặc mẹ của trẻ. Nếu cha, mẹ không thể đi thì ông, bà đi thay.' },
      'Bộ phận một cửa của phường Hồng Bàng',
    );
    expect(rows).toEqual([
      { label: 'Dành cho', value: 'Cha hoặc mẹ của trẻ', unknown: false },
      { label: 'Thời hạn', value: 'Trong ngày tiếp nhận hồ sơ', unknown: false },
      { label: 'Phí', value: 'Chưa xác định', unknown: true },
      { label: 'Nộp tại', value: 'Bộ phận một cửa của phường Hồng Bàng', unknown: false },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Văn bản cũ|Chưa công bố/);
  });

  it('gives one fee when both ways cost the same, both when they differ, and the online one only when it exists', () => {
    const free = { kind: 'mien-phi', note: 'Theo nghị quyết.' } as const;
    const paid = { kind: 'co-phi', amountVnd: 8000, per: 'ban', note: 'Mỗi bản.' } as const;
    const audience = 'Công dân.';
    const fee = (online: boolean, f: { online?: typeof free | typeof paid; inPerson: typeof free | typeof paid }) =>
      shortFactRows({ ...facts, audience, channels: { ...facts.channels, online }, fee: f }, 'Bàn')[2];
    expect(fee(true, { online: free, inPerson: free })).toEqual({ label: 'Phí', value: 'Miễn phí', unknown: false });
    expect(fee(true, { online: free, inPerson: paid })?.value).toBe('Trực tuyến: miễn phí; trực tiếp: 8.000 đồng/bản');
    expect(fee(false, { online: free, inPerson: paid })?.value).toBe('8.000 đồng/bản');
    expect(fee(true, { online: { kind: 'chua-xac-dinh' } as never, inPerson: paid })).toMatchObject({
      value: 'Trực tuyến: chưa xác định; trực tiếp: 8.000 đồng/bản',
      unknown: true,
    });
  });

  it('describes a value without its note or starting point when asked for the value alone', () => {
    const time = {
      kind: 'da-biet',
      value: 5,
      unit: 'ngay-lam-viec',
      from: 'kể từ khi nhận đủ hồ sơ',
      note: 'Có thể lâu hơn.',
    } as const;
    expect(describeTime(time)).toBe('5 ngày làm việc, kể từ khi nhận đủ hồ sơ (Có thể lâu hơn)');
    expect(describeTime(time, { notes: false })).toBe('5 ngày làm việc');
    expect(describeTime({ kind: 'chua-xac-dinh', note: 'Chưa công bố' }, { notes: false })).toBe('Chưa xác định');
    expect(describeFee({ kind: 'mien-phi', note: 'Khi đúng hạn' }, { notes: false })).toBe('Miễn phí');
  });

  it('shortens who a guide is for to its first clause, without brackets, examples or lists', () => {
    expect(shortAudience('Cha hoặc mẹ của trẻ. Nếu cha, mẹ không thể đi đăng ký thì ông, bà đi thay.')).toBe(
      'Cha hoặc mẹ của trẻ',
    );
    expect(shortAudience('Người khuyết tật, hoặc người đại diện của họ (ví dụ cha, mẹ của trẻ em khuyết tật).')).toBe(
      'Người khuyết tật, hoặc người đại diện của họ',
    );
    expect(shortAudience('Công dân cần giấy tờ xác nhận nơi cư trú, ví dụ để nộp kèm hồ sơ ở nơi khác.')).toBe(
      'Công dân cần giấy tờ xác nhận nơi cư trú',
    );
    expect(shortAudience('Người muốn đăng ký thường trú: vào nhà của mình; vào nhà thuê.')).toBe(
      'Người muốn đăng ký thường trú',
    );
    expect(shortAudience('Người phải khai báo theo Điều 31 Luật Cư trú, trong đó có người đang bị giám sát.')).toBe(
      'Người phải khai báo theo Điều 31 Luật Cư trú',
    );
    expect(shortAudience('  Chủ hộ kinh doanh\n  đã được cấp giấy chứng nhận  ')).toBe(
      'Chủ hộ kinh doanh đã được cấp giấy chứng nhận',
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
    expect(formatFigure({ value: 99.09, unit: 'phan-tram' })).toBe('99,09%');
    expect(formatFigure({ value: 20000, unit: 'luot', qualifier: 'hon' })).toBe('hơn 20.000 lượt');
    expect(formatFigure({ value: 286.98, unit: 'km2' })).toBe('286,98 km²');
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
  const e = (id: string, date: string) => ({ id, data: { date: new Date(date) } });
  it('sorts newest first, stable by id', () => {
    const list = [e('a', '2025-08-13'), e('b', '2025-12-01'), e('d', '2025-08-13')];
    expect(newestFirst(list).map((x) => x.id)).toEqual(['b', 'a', 'd']);
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

describe('applyOverride', () => {
  const guide = {
    fee: { online: { kind: 'mien-phi' }, inPerson: { kind: 'chua-xac-dinh' } },
    processingTime: { kind: 'chua-xac-dinh' },
    onlineLevel: { level: 'chua-xac-dinh', note: 'Chưa rõ' },
    title: 'Thủ tục',
  } as unknown as Parameters<typeof applyOverride>[0];
  const source = { document: 'Thông báo số 1', issuer: 'UBND phường', date: '2026-01' };

  it('keeps the shared guide when the unit has nothing of its own', () => {
    expect(applyOverride(guide)).toEqual({ ...guide, localSources: [] });
  });

  it('replaces only the facts the unit gives, and carries its note and sources', () => {
    const local = applyOverride(guide, {
      fee: { online: { kind: 'mien-phi' }, inPerson: { kind: 'co-phi', amountVnd: 8000 } },
      localNote: 'Quầy số 2',
      sources: [source],
      provenance: [],
    });
    expect(local.fee.inPerson).toEqual({ kind: 'co-phi', amountVnd: 8000 });
    expect(local.processingTime).toEqual({ kind: 'chua-xac-dinh' });
    expect(local.localNote).toBe('Quầy số 2');
    expect(local.localSources).toEqual([source]);
  });

  it('builds the words a resident may type', () => {
    expect(
      searchTextOf(
        { title: 'Thủ tục đăng ký khai sinh', shortTitle: 'Làm giấy khai sinh', code: '1.001193' },
        'Hộ tịch',
      ),
    ).toBe('Thủ tục đăng ký khai sinh Làm giấy khai sinh 1.001193 Hộ tịch');
  });
});

describe('knowsDesk', () => {
  it('is true as soon as the profile gives an address, hours or a phone', () => {
    expect(knowsDesk({})).toBe(false);
    expect(knowsDesk({ hotline: '0225 3 000 000' })).toBe(true);
    expect(knowsDesk({ deskHours: 'Thứ Hai – Thứ Sáu' })).toBe(true);
    expect(knowsDesk({ address: 'Số 1' })).toBe(true);
  });
});

describe('paginate and related', () => {
  it('splits into pages, and an empty list is one empty page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((p) => [p.number, p.count, p.items])).toEqual([
      [1, 3, [1, 2]],
      [2, 3, [3, 4]],
      [3, 3, [5]],
    ]);
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, count: 1 }]);
  });

  it('finds the entries sharing most tags, never the entry itself', () => {
    const e = (id: string, date: string, tags: string[]) => ({ id, data: { date: new Date(date), tags } });
    const current = e('a', '2025-12-01', ['x', 'y']);
    const list = [
      current,
      e('b', '2025-10-01', ['x']),
      e('c', '2025-09-01', ['x', 'y']),
      e('d', '2025-11-01', ['z']),
      e('f', '2025-11-15', ['y']),
    ];
    expect(related(list, current, 2).map((x) => x.id)).toEqual(['c', 'f']);
    expect(related(list, current, 5).map((x) => x.id)).toEqual(['c', 'f', 'b']);
  });
});

describe('filingOffice', () => {
  it("names the unit's own police office or committee from its profile, for every kind of unit", () => {
    const catHai = { kind: 'dac-khu', shortName: 'Cát Hải', committee: 'Ủy ban nhân dân đặc khu Cát Hải' } as const;
    expect(filingOffice(catHai, 'cong-an')).toBe('Công an đặc khu Cát Hải');
    expect(filingOffice({ ...catHai, kind: 'phuong', shortName: 'Hồng Bàng' }, 'cong-an')).toBe(
      'Công an phường Hồng Bàng',
    );
    expect(filingOffice({ ...catHai, kind: 'xa', shortName: 'Vĩnh Bảo' }, 'cong-an')).toBe('Công an xã Vĩnh Bảo');
    expect(filingOffice(catHai, 'mot-cua')).toBe('Ủy ban nhân dân đặc khu Cát Hải');
  });
});

describe('deskName', () => {
  it("names the unit's own desk from its profile, never «của đơn vị»", () => {
    expect(deskName({ kind: 'phuong', shortName: 'Hồng Bàng' }, 'mot-cua')).toBe(
      'Bộ phận một cửa của phường Hồng Bàng',
    );
    expect(deskName({ kind: 'dac-khu', shortName: 'Cát Hải' }, 'mot-cua')).toBe('Bộ phận một cửa của đặc khu Cát Hải');
    expect(deskName({ kind: 'xa', shortName: 'Vĩnh Bảo' }, 'cong-an')).toBe('Công an xã Vĩnh Bảo');
  });
});
