import { describe, expect, it } from 'vitest';
import { sitePaths } from '../../src/lib/site-paths.ts';
import { hasLeaflet, isPrinted, qrAddress, redirectRules, shortAddress } from '../../src/lib/qr.ts';

describe('qr addresses', () => {
  it('joins origin, base and code', () => {
    expect(qrAddress('https://hongbang.haiphong.gov.vn', '/', 'ho-dan')).toBe(
      'https://hongbang.haiphong.gov.vn/q/ho-dan/',
    );
    expect(qrAddress('https://hongbang.haiphong.gov.vn', '/nq57/', 'to-3')).toBe(
      'https://hongbang.haiphong.gov.vn/nq57/q/to-3/',
    );
    expect(qrAddress('http://localhost:4321', '/nq57', 'a')).toBe('http://localhost:4321/nq57/q/a/');
  });
  it('prints the address without its scheme', () => {
    expect(shortAddress('https://hongbang.haiphong.gov.vn/nq57/q/to-3/')).toBe('hongbang.haiphong.gov.vn/nq57/q/to-3');
  });
});

describe('redirectRules', () => {
  it('writes _redirects lines and an nginx map under the base', () => {
    const { redirects, nginxMap } = redirectRules(
      [
        { code: 'to-3', to: '/thu-tuc/' },
        { code: 'cu', to: '/' },
      ],
      '/nq57/',
    );
    expect(redirects).toBe('/nq57/q/cu/ /nq57/ 301\n/nq57/q/to-3/ /nq57/thu-tuc/ 301\n');
    expect(nginxMap).toContain('map $uri $qr_moi {');
    expect(nginxMap).toContain('    /nq57/q/to-3/ /nq57/thu-tuc/;');
  });
  it('writes an empty _redirects when no code is retired', () => {
    expect(redirectRules([], '/').redirects).toBe('');
  });
});

describe('a code by its status', () => {
  it('is printed once in use or retired, not while prepared', () => {
    expect(['chuan-bi', 'dang-dung', 'ngung', undefined].map(isPrinted)).toEqual([false, true, true, false]);
  });
  it('has a leaflet while prepared or in use, not once retired', () => {
    expect(['chuan-bi', 'dang-dung', 'ngung', undefined].map(hasLeaflet)).toEqual([true, true, false, false]);
  });
  it('makes its print sheet a page of the site when it has a leaflet', () => {
    const entry = (id: string, status: string) => ({ id, file: `${id}.yaml`, data: { status } });
    const paths = sitePaths({ qr: [entry('moi', 'chuan-bi'), entry('dung', 'dang-dung'), entry('cu', 'ngung')] });
    expect(['/q/moi/', '/q/moi.png', '/q/in/moi/', '/q/in/dung/', '/q/cu/'].every((p) => paths.has(p))).toBe(true);
    expect(paths.has('/q/in/cu/')).toBe(false);
  });
});
