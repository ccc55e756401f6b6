import { describe, expect, it } from 'vitest';
import { bodyCodeProblems } from '../../src/lib/body-code.ts';
import { attributeName, contentAttributes, contentElements, tagProblem } from '../../src/lib/content-html.ts';
import { parseMarkdown } from '../../src/lib/markdown.ts';

/** The problems in a body, as [line, the message's first words]. */
const problems = (body: string, file = 'x.mdx') =>
  bodyCodeProblems(parseMarkdown(file, `---\ntitle: Tin\n---\n${body}`).tree).map((p) => [
    p.line,
    p.message.split(/: |; |\. /)[0],
  ]);

describe('MDX is data', () => {
  it.each([
    ["import fs from 'node:fs'\nexport const x = fs.readFileSync('/etc/hostname', 'utf8')", 'có dòng import/export'],
    ['export const x = process.env.HOME', 'có dòng import/export'],
    ['Thư mục {process.env.SOMETHING}', 'có biểu thức «{process.env.SOMETHING}»'],
    ['{1 + 1}', 'có biểu thức «{1 + 1}»'],
    ['{/* a */ process.env.X /* b */}', 'có biểu thức «{/* a */ process.env.X /* b */}»'],
    ['<BieuDo bo="a" bieuDo={x} />', 'thuộc tính «bieuDo» có giá trị là biểu thức «{x}»'],
    ['<BieuDo bo="a" bieuDo="b" {...props} />', 'có thuộc tính viết bằng biểu thức «{...props}»'],
    ['<BieuDo bo="a" bieuDo="b" set:html="<img src=x onerror=alert(1)>" />', 'có chỉ thị «set:html»'],
    ['<div set:html="<script>alert(1)</script>" />', 'có chỉ thị «set:html»'],
    ['<p set:text="x">y</p>', 'có chỉ thị «set:text»'],
    ['<BieuDo bo="a" bieuDo="b" client:load />', 'có chỉ thị «client:load»'],
    ['<BieuDo bo="a" bieuDo="b" ten="c" />', 'thẻ <BieuDo> không có thuộc tính «ten»'],
    ['<Fragment set:html="x" />', 'có chỉ thị «set:html»'],
    ['<Script />', 'có thẻ <Script>'],
    ['<Foo.Bar />', 'có thẻ <Foo.Bar>'],
    ['<foo:bar />', 'có thẻ <foo:bar>'],
    ['<>chữ</>', 'có thẻ rỗng «<>…</>»'],
  ])('%j is refused', (body, message) => {
    expect(problems(body)).toContainEqual([4, message]);
  });

  it('allows Markdown, the chart with literal values, allowed HTML and a lone comment', () => {
    const body = [
      '## Tiêu đề',
      '',
      'Chữ **đậm**, [liên kết](/thu-tuc/) và \\{ngoặc\\}.',
      '',
      '<BieuDo bo="so-lieu-mau" bieuDo="ho-so-mau" />',
      '',
      '{/* ghi chú cho người biên tập */}',
      '',
      '<details open><summary>Xem thêm giấy tờ</summary>Chứng minh nhân dân</details>',
      '',
      '<abbr title="Ủy ban nhân dân">UBND</abbr> <sup>1</sup> <img src="./anh.jpg" alt="Ảnh" width="300" />',
    ].join('\n');
    expect(problems(body)).toEqual([]);
  });
});

describe('HTML through the allow-list, in Markdown and MDX alike', () => {
  it.each([
    ['<script>alert(1)</script>', 'có thẻ <script>'],
    ['<meta http-equiv="refresh" content="0;url=//evil.example/">', 'có thẻ <meta>'],
    ['<base href="//evil.example/">', 'có thẻ <base>'],
    ['<link rel="stylesheet" href="/x.css">', 'có thẻ <link>'],
    ['<form action="https://evil.example"><button>Gửi</button></form>', 'có thẻ <form>'],
    ['<iframe src="https://evil.example"></iframe>', 'có thẻ <iframe>'],
    ['<object data="x"></object>', 'có thẻ <object>'],
    ['<embed src="x">', 'có thẻ <embed>'],
    ['<style>body{display:none}</style>', 'có thẻ <style>'],
    ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', 'có thẻ <svg>'],
    ['<math><mi>x</mi></math>', 'có thẻ <math>'],
    ['<video src="/x.mp4"></video>', 'có thẻ <video>'],
    ['<input type="text">', 'có thẻ <input>'],
    [
      '<details open ontoggle="alert(1)"><summary>x</summary></details>',
      'có thuộc tính «ontoggle» chạy mã khi người đọc thao tác',
    ],
    ['<img src="./anh.jpg" alt="Ảnh" onerror="alert(1)">', 'có thuộc tính «onerror» chạy mã khi người đọc thao tác'],
    [
      '<img srcset="https://evil.example/a.jpg 1x" alt="Ảnh" src="./a.jpg">',
      'thẻ <img> không được có thuộc tính «srcset»',
    ],
    ['<p style="position:fixed;inset:0">Trang đã chuyển</p>', 'có thuộc tính «style»'],
    ['<p class="fixed inset-0">x</p>', 'thẻ <p> không được có thuộc tính «class»'],
    ['<a id="search" href="/">x</a>', 'thẻ <a> không được có thuộc tính «id»'],
    ['<a href="/" xlink:href="javascript:alert(1)">x</a>', 'thẻ <a> không được có thuộc tính «xlink:href»'],
  ])('%j is refused in .md and .mdx', (html, message) => {
    for (const file of ['x.md', 'x.mdx']) expect(problems(`\n${html}\n`, file), file).toContainEqual([5, message]);
  });

  it('reads uppercase tags and attribute names as the browser does', () => {
    expect(problems('\n<SCRIPT>alert(1)</SCRIPT>\n', 'x.md')).toContainEqual([5, 'có thẻ <script>']);
    expect(problems('\n<a href="/" OnClick="x">y</a>\n', 'x.md')).toContainEqual([
      5,
      'có thuộc tính «onclick» chạy mã khi người đọc thao tác',
    ]);
    expect(problems('\n<a href="/" onClick="x">y</a>\n', 'x.mdx')).toContainEqual([
      5,
      'có thuộc tính «onclick» chạy mã khi người đọc thao tác',
    ]);
  });

  it('builds on GitHub’s schema, narrowed', () => {
    for (const tag of ['a', 'p', 'table', 'details', 'summary', 'img', 'blockquote', 'sup', 'figure'])
      expect(contentElements.has(tag), tag).toBe(true);
    for (const tag of ['script', 'style', 'meta', 'base', 'form', 'object', 'embed', 'iframe', 'link', 'input'])
      expect(tagProblem(tag), tag).toMatch(/^có thẻ/);
    expect([...contentAttributes('a')].sort()).toEqual(expect.arrayContaining(['href', 'title']));
    for (const attribute of ['className', 'id', 'name', 'style', 'srcSet', 'action', 'onClick'])
      expect(contentAttributes('a').has(attribute), attribute).toBe(false);
    expect(attributeName('ariaLabel')).toBe('aria-label');
    expect(attributeName('httpEquiv')).toBe('http-equiv');
  });
});
