import { describe, expect, it } from 'vitest';
import { cellAlignment, withSiteBase } from '../../src/build/markdown-plugins.ts';

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

describe('cellAlignment', () => {
  it.each([
    ['text-align: right', 'right'],
    ['text-align:center;', 'center'],
    ['color: red', undefined],
    ['text-align: right; color: red', undefined],
    [undefined, undefined],
  ])('%s is %s', (style, expected) => {
    expect(cellAlignment(style)).toBe(expected);
  });
});
