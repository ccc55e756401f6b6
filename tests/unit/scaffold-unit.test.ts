// `npm run new -- don-vi`'s pure part: the unit's level, short name and folder read off its name; a profile,
// a screen and a prepared QR code each valid as written (contacts left as the explicit unknown, null), and
// the deploy list with the unit added; refusals of an empty name, a name without a level and a unit that exists.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseUnitName, scaffoldUnit, unitReport } from '../../scripts/lib/scaffold-unit.ts';
import { ScaffoldError } from '../../scripts/lib/scaffold.ts';
import { parseDeployList } from '../../scripts/lib/unit-builds.ts';
import { collectionSpecs } from '../../src/schemas/index.ts';

const now = new Date('2026-12-06T02:00:00Z');
const deployed = [
  { unit: 'hong-bang', base: '/' },
  { unit: 'cat-hai', base: '/' },
];
const make = (name = 'Phường Hồng An') => scaffoldUnit({ name, now, existing: ['hong-bang', 'cat-hai'], deployed });
const contacts = ['address', 'deskAddress', 'deskHours', 'hotline', 'email', 'portal', 'zaloOa', 'facebook'];
const schemaOf = (name: keyof typeof collectionSpecs) => collectionSpecs[name].schema(() => z.string() as never);

describe('the unit read off its name', () => {
  it.each([
    ['Phường Hồng An', { name: 'Phường Hồng An', shortName: 'Hồng An', kind: 'phuong', slug: 'hong-an' }],
    ['  xã   tiên lãng ', { name: 'Xã Tiên Lãng', shortName: 'Tiên Lãng', kind: 'xa', slug: 'tien-lang' }],
    [
      'Đặc khu Bạch Long Vĩ',
      { name: 'Đặc khu Bạch Long Vĩ', shortName: 'Bạch Long Vĩ', kind: 'dac-khu', slug: 'bach-long-vi' },
    ],
    ['Phuong Do Son', { name: 'Phường Do Son', shortName: 'Do Son', kind: 'phuong', slug: 'do-son' }],
    ['Phường Đông Hải', { name: 'Phường Đông Hải', shortName: 'Đông Hải', kind: 'phuong', slug: 'dong-hai' }],
  ])('%j', (input, expected) => {
    expect(parseUnitName(input)).toEqual(expected);
  });

  it.each([
    ['', /^Thiếu tên đơn vị\. .*npm run new -- don-vi "Phường Hồng An"/],
    ['   ', /^Thiếu tên đơn vị\./],
    ['Hồng An', /^Tên đơn vị «Hồng An» phải bắt đầu bằng cấp của đơn vị \(Phường, Xã, Đặc khu\)/],
    ['Phường', /^Thiếu tên đơn vị sau «Phường»/],
    ['Đặc khu', /^Thiếu tên đơn vị sau «Đặc khu»/],
  ])('refuses %j in one Vietnamese sentence', (input, message) => {
    expect(() => parseUnitName(input)).toThrow(ScaffoldError);
    expect(() => parseUnitName(input)).toThrow(message);
  });
});

describe('a new unit', () => {
  const made = make();
  const file = (end: string) => {
    const found = made.files.find((f) => f.path.endsWith(end));
    if (!found) throw new Error(`no ${end}`);
    return parse(found.text) as Record<string, unknown>;
  };

  it('is a profile, one screen and one QR code in the unit’s folders', () => {
    expect(made.files.map((f) => f.path)).toEqual([
      'units/hong-an/unit.yaml',
      'units/hong-an/screens/man-hinh-ngang.yaml',
      'units/hong-an/qr/ho-dan.yaml',
    ]);
  });

  it('has a profile the schema accepts, with the name, level and committee, and every contact unknown', () => {
    const profile = file('unit.yaml');
    const parsed = schemaOf('units').safeParse(profile);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(profile).toMatchObject({
      name: 'Phường Hồng An',
      shortName: 'Hồng An',
      kind: 'phuong',
      city: 'Hải Phòng',
      committee: 'Ủy ban nhân dân phường Hồng An',
    });
    for (const contact of contacts) expect(profile[contact], contact).toBeNull();
    expect(JSON.stringify(profile.sources)).toContain('1669/NQ-UBTVQH15');
  });

  it('gives every field of the profile its hint, and lists the unknown contacts to fill first', () => {
    const text = made.files[0]?.text ?? '';
    for (const line of text.split('\n').filter((l) => /^[a-zA-Z]+:/.test(l) && !/^(sources|channels):/.test(l)))
      expect(line, line).toMatch(/ # \S/);
    expect(text).toMatch(/^hotline: # Số điện thoại đường dây nóng$/m);
    expect(made.toFill.map((f) => f.field)).toEqual(['intro', 'sources', ...contacts]);
  });

  it('has a screen and a prepared QR code the schemas accept, published (no draft line)', () => {
    const screen = file('man-hinh-ngang.yaml');
    expect(schemaOf('screens').safeParse(screen).error?.issues ?? []).toEqual([]);
    expect(screen).not.toHaveProperty('draft');
    expect((screen.playlist as { kind: string }[]).map((s) => s.kind)).toEqual([
      'khau-hieu',
      'infographic',
      'tin-moi',
      'ma-qr',
    ]);
    const qr = file('ho-dan.yaml');
    expect(schemaOf('qr').safeParse(qr).error?.issues ?? []).toEqual([]);
    expect(qr).toEqual({ status: 'chuan-bi', target: '/', campaign: 'Tờ rơi mã QR cho hộ dân' });
  });

  it('adds the unit to the deploy list at /, keeping the others', () => {
    expect(parseDeployList(made.deployList)).toEqual([...deployed, { unit: 'hong-an', base: '/' }]);
  });

  it('says what it made, what to fill first and how to check and see it', () => {
    const report = unitReport(made);
    expect(report).toMatch(/^✓ Đã tạo đơn vị «Phường Hồng An» \(hong-an\):/);
    for (const f of made.files) expect(report).toContain(`content/${f.path}`);
    expect(report).toContain('deploy/units.json');
    expect(report).toContain('  • hotline: Số điện thoại đường dây nóng');
    expect(report).toContain('npm run check');
    expect(report).toContain('SITE_UNIT=hong-an npm start');
    expect(report).toContain('SITE_URL_HONG_AN');
  });
});

describe('refusing a unit that exists', () => {
  it('in content/units', () => {
    expect(() => make('Phường Hồng Bàng')).toThrow(/^Đã có đơn vị «hong-bang» \(thư mục content\/units\/hong-bang\)/);
  });

  it('in the deploy list only', () => {
    expect(() =>
      scaffoldUnit({ name: 'Phường Hồng An', now, existing: [], deployed: [{ unit: 'hong-an', base: '/' }] }),
    ).toThrow(/^deploy\/units\.json đã có đơn vị «hong-an»/);
  });
});
