import { describe, expect, it } from 'vitest';
import { readSiteEnv, SiteEnvError } from '../../src/lib/site-env.ts';

const units = ['cat-hai', 'hong-bang', 'phu-lien'];

describe('readSiteEnv', () => {
  it('defaults to Hồng Bàng at the root of localhost', () => {
    expect(readSiteEnv({}, units)).toEqual({ unit: 'hong-bang', base: '/', site: 'http://localhost:4321' });
  });

  it('takes the unit, base and origin from the environment', () => {
    expect(
      readSiteEnv({ SITE_UNIT: 'cat-hai', SITE_BASE: '/nq57/', SITE_URL: 'https://cathai.example.vn' }, units),
    ).toEqual({
      unit: 'cat-hai',
      base: '/nq57/',
      site: 'https://cathai.example.vn',
    });
  });

  it('rejects an unknown unit and lists the ones that exist', () => {
    expect(() => readSiteEnv({ SITE_UNIT: 'hong-bangg' }, units)).toThrow(SiteEnvError);
    expect(() => readSiteEnv({ SITE_UNIT: 'hong-bangg' }, units)).toThrow(/hong-bangg.*cat-hai, hong-bang, phu-lien/);
  });

  it.each(['nq57', '/nq57', 'nq57/', '/NQ57/', '/nq 57/', '//'])('rejects the base path %s', (base) => {
    expect(() => readSiteEnv({ SITE_BASE: base }, units)).toThrow(/SITE_BASE.*bắt đầu và kết thúc bằng «\/»/);
  });

  it('accepts nested base paths', () => {
    expect(readSiteEnv({ SITE_BASE: '/chuyen-trang/nq57/' }, units).base).toBe('/chuyen-trang/nq57/');
  });

  it.each(['hongbang.haiphong.gov.vn', 'ftp://x.vn', 'https://x.vn/nq57/'])('rejects SITE_URL %s', (url) => {
    expect(() => readSiteEnv({ SITE_URL: url }, units)).toThrow(SiteEnvError);
  });
});
