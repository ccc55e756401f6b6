import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  bodyCodeGuardPlugin,
  cellAlignment,
  tableAlignPlugin,
  tableName,
  tableScrollPlugin,
  withSiteBase,
} from '../../src/integrations/markdown-plugins.ts';

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

describe('tableScrollPlugin', () => {
  const html = (markdown: string) =>
    markdownToHtml(markdown, { hastPlugins: [tableAlignPlugin, tableScrollPlugin] }).html;

  it('puts a table in a focusable region named by its column headings, with the scroll note', () => {
    const out = html('Mở đầu\n\n| Hình thức nộp | Số hồ sơ |\n|---|---:|\n| Trực tuyến | 1.965 |\n');
    expect(out).toMatch(
      /<div class="table-scroll" role="region" tabindex="0" aria-label="Bảng: Hình thức nộp, Số hồ sơ"><table>[\s\S]*<\/table><span class="table-scroll-hint" aria-hidden="true"><\/span><\/div>/,
    );
    expect(out).toContain('<td data-align="right">1.965</td>');
  });

  it('leaves text without a table alone', () => {
    expect(html('Không có bảng nào.')).not.toContain('table-scroll');
  });
});

describe('tableName', () => {
  it.each([
    [['Hình thức nộp', ' Tỷ lệ '], 'Bảng: Hình thức nộp, Tỷ lệ'],
    [['', 'Số hồ sơ'], 'Bảng: Số hồ sơ'],
    [[], 'Bảng'],
  ])('%j is %s', (headings, expected) => {
    expect(tableName(headings)).toBe(expected);
  });
});

describe('bodyCodeGuardPlugin, the last guard before MDX becomes JavaScript', () => {
  const compile = (mdx: string) => mdxToJs(mdx, { mdastPlugins: [bodyCodeGuardPlugin] });

  it.each([
    "import fs from 'node:fs'\nexport const x = fs.writeFileSync('/tmp/x', 'x')",
    'export const x = process.env.HOME',
    'Biến: {process.env.SOMETHING}',
    '<div set:html="<script>alert(1)</script>" />',
    '<meta http-equiv="refresh" content="0;url=//evil.example/" />',
  ])('refuses %j before it is compiled, in Vietnamese', async (mdx) => {
    await expect(async () => compile(mdx)).rejects.toThrow(/có mã hoặc thẻ không được phép, không dựng tệp này/);
  });

  it('compiles a body that is data, and refuses raw HTML outside the allow-list in Markdown too', () => {
    expect(compile('Chữ và <BieuDo bo="a" bieuDo="b" />\n\n{/* ghi chú */}').code).toContain('BieuDo');
    expect(() => markdownToHtml('<script>alert(1)</script>', { mdastPlugins: [bodyCodeGuardPlugin] })).toThrow(
      /có thẻ <script>/,
    );
  });
});
