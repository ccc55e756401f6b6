import { describe, expect, it } from 'vitest';
import { withSiteBase } from '../../src/build/site-base-links.ts';

describe('withSiteBase', () => {
  it.each([
    ['/thu-tuc/dang-ky-khai-sinh/', '/nq57/', '/nq57/thu-tuc/dang-ky-khai-sinh/'],
    ['/nq57/thu-tuc/', '/nq57/', '/nq57/thu-tuc/'],
    ['/thu-tuc/', '/', '/thu-tuc/'],
    ['https://dichvucong.gov.vn/', '/nq57/', 'https://dichvucong.gov.vn/'],
    ['//cdn.example.vn/x.js', '/nq57/', '//cdn.example.vn/x.js'],
    ['./anh-bia.jpg', '/nq57/', './anh-bia.jpg'],
    ['#muc-2', '/nq57/', '#muc-2'],
  ])('%s under %s is %s', (url, base, expected) => {
    expect(withSiteBase(url, base)).toBe(expected);
  });
});
