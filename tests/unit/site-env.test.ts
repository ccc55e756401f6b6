import { describe, expect, it } from 'vitest';
import { SiteEnvError } from '../../src/lib/site-env.ts';
import { activeUnit, siteSettings } from '../../src/units.ts';

const units = ['cat-hai', 'hong-bang', 'phu-lien'];

describe('siteSettings (the active unit, SITE_BASE, SITE_URL)', () => {
  it('defaults to Hồng Bàng at the root of localhost', () => {
    expect(siteSettings({}, units)).toEqual({ unit: 'hong-bang', base: '/', site: 'http://localhost:4321' });
  });

  it('takes the unit, base and origin from the environment', () => {
    expect(
      siteSettings({ SITE_UNIT: 'cat-hai', SITE_BASE: '/nq57/', SITE_URL: 'https://cathai.example.vn' }, units),
    ).toEqual({
      unit: 'cat-hai',
      base: '/nq57/',
      site: 'https://cathai.example.vn',
    });
  });

  it('rejects an unknown unit and lists the ones that exist', () => {
    expect(() => siteSettings({ SITE_UNIT: 'hong-bangg' }, units)).toThrow(SiteEnvError);
    expect(() => siteSettings({ SITE_UNIT: 'hong-bangg' }, units)).toThrow(/hong-bangg.*cat-hai, hong-bang, phu-lien/);
  });

  it.each(['nq57', '/nq57', 'nq57/', '/NQ57/', '/nq 57/', '//'])('rejects the base path %s', (base) => {
    expect(() => siteSettings({ SITE_BASE: base }, units)).toThrow(/SITE_BASE.*bắt đầu và kết thúc bằng «\/»/);
  });

  it('accepts nested base paths', () => {
    expect(siteSettings({ SITE_BASE: '/chuyen-trang/nq57/' }, units).base).toBe('/chuyen-trang/nq57/');
  });

  it.each(['hongbang.haiphong.gov.vn', 'ftp://x.vn', 'https://x.vn/nq57/'])('rejects SITE_URL %s', (url) => {
    expect(() => siteSettings({ SITE_URL: url }, units)).toThrow(SiteEnvError);
  });
});

describe('activeUnit', () => {
  it('takes the unit named, else the only unit, else Hồng Bàng', () => {
    expect(activeUnit(' cat-hai ', units)).toBe('cat-hai');
    expect(activeUnit(undefined, ['demo'])).toBe('demo');
    expect(activeUnit('', units)).toBe('hong-bang');
    expect(activeUnit(undefined, [])).toBe('hong-bang');
  });

  it('hands back a name that is not a unit, for the caller to refuse in its own words', () => {
    expect(activeUnit('khong-co', units)).toBe('khong-co');
  });
});
